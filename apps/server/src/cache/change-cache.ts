import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import type { DatabaseHandle } from "../db/client.js";
import { Lru } from "./lru.js";

/** The channel the database's triggers announce changed rows on: payload `<table>:<profile id>`. */
export const CHANGES_CHANNEL = "mitai_changes";

/**
 * Values derived from one profile's rows (its sessions, its weight series), kept in memory and
 * dropped whenever a row of that profile changes. Every change is announced by a database trigger
 * (NOTIFY), so all processes on one database hear it — also of writes made outside the app.
 * While the announcements cannot be heard (no listener, a lost connection), nothing is cached.
 */
export class ChangeCache {
  #generation = 0;
  #listening = false;
  #stopping = false;
  #stop: (() => Promise<void>) | null = null;
  readonly #slots: { evictProfile(profileId: string): void; clear(): void }[] = [];
  readonly #syncs = new Map<string, () => void>();

  constructor(
    private readonly database: DatabaseHandle,
    private readonly log: FastifyBaseLogger,
    readonly enabled: boolean,
  ) {}

  /** Whether cached values may be used now. */
  get active(): boolean {
    return this.enabled && this.#listening;
  }

  /** A counter that moves on every eviction: a value read from the database before it moved is stale. */
  get generation(): number {
    return this.#generation;
  }

  slot<K, V>(max: number): ProfileSlot<K, V> {
    const slot = new ProfileSlot<K, V>(this, max);
    this.#slots.push(slot);
    return slot;
  }

  evict(profileId: string): void {
    this.#generation++;
    for (const slot of this.#slots) slot.evictProfile(profileId);
  }

  clear(): void {
    this.#generation++;
    for (const slot of this.#slots) slot.clear();
  }

  async start(): Promise<void> {
    if (!this.enabled) return;
    try {
      this.#stop = await this.database.listen(CHANGES_CHANNEL, {
        onMessage: (payload) => this.#onMessage(payload),
        onStatus: (listening) => {
          // Either way announcements may have been missed: start from nothing.
          this.clear();
          this.#listening = listening;
          if (!listening && !this.#stopping)
            this.log.warn("change notifications unavailable: serving without cache");
        },
      });
    } catch (err) {
      this.log.warn({ err }, "cannot listen for change notifications: serving without cache");
    }
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    // The database may be closing already; stopping to listen then has nothing left to do.
    await this.#stop?.().catch(() => {});
    this.#stop = null;
    this.#listening = false;
    this.clear();
  }

  /** Resolves once every change committed before the call has been heard (for tests and tools). */
  async sync(): Promise<void> {
    if (!this.active) return;
    const nonce = randomUUID();
    const heard = new Promise<void>((resolve) => {
      this.#syncs.set(nonce, resolve);
      setTimeout(() => {
        // Not heard in time: drop everything rather than risk a stale answer.
        if (this.#syncs.delete(nonce)) this.clear();
        resolve();
      }, 2_000).unref();
    });
    await this.database.db.execute(sql`select pg_notify(${CHANGES_CHANNEL}, ${`sync:${nonce}`})`);
    await heard;
  }

  #onMessage(payload: string): void {
    const [kind, id] = payload.split(":", 2);
    if (kind === "sync" && id) {
      this.#syncs.get(id)?.();
      this.#syncs.delete(id);
      return;
    }
    if (id) this.evict(id);
    else this.clear();
  }
}

/** One kind of cached value, keyed by `K`, each belonging to a profile. */
export class ProfileSlot<K, V> {
  readonly #values: Lru<K, { profileId: string; value: V }>;
  readonly #keysOf = new Map<string, Set<K>>();

  constructor(
    private readonly owner: ChangeCache,
    max: number,
  ) {
    this.#values = new Lru(max, (key, { profileId }) => this.#keysOf.get(profileId)?.delete(key));
  }

  get(key: K): V | undefined {
    if (!this.owner.active) return undefined;
    return this.#values.get(key)?.value;
  }

  /** Stores a value read from the database at `generation`, unless a change has come in since. */
  set(key: K, profileId: string, value: V, generation: number): void {
    if (!this.owner.active || generation !== this.owner.generation) return;
    this.#values.set(key, { profileId, value });
    let keys = this.#keysOf.get(profileId);
    if (!keys) {
      keys = new Set();
      this.#keysOf.set(profileId, keys);
    }
    keys.add(key);
  }

  /**
   * The cached value, or `compute`'s, kept for next time — unless a change came in while it was
   * being computed (then it is answered but not kept).
   */
  async getOrCompute(key: K, profileId: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const generation = this.owner.generation;
    const value = await compute();
    this.set(key, profileId, value, generation);
    return value;
  }

  evictProfile(profileId: string): void {
    const keys = this.#keysOf.get(profileId);
    if (!keys) return;
    for (const key of keys) this.#values.delete(key);
    this.#keysOf.delete(profileId);
  }

  clear(): void {
    this.#values.clear();
    this.#keysOf.clear();
  }
}
