import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { ChangeCache } from "../cache/change-cache.js";
import type { Database } from "../db/client.js";
import { ForbiddenError, UnauthorizedError } from "../errors.js";
import { findSessionProfile } from "../modules/auth/auth.repo.js";
import { hashToken } from "../modules/auth/tokens.js";
import type { ProfileRow } from "../modules/profiles/profile.table.js";

/**
 * Who may call a route, declared per route in `config.access`:
 * `public` — anyone; `user` — a logged-in profile (the default for every /api route);
 * `admin` — a logged-in admin. Later, `config.feature` names the feature whose access the
 * membership check (spec §6) decides before the handler runs.
 */
export type Access = "public" | "user" | "admin";

/** The logged-in profile a request acts for. */
export type Actor = { profile: ProfileRow; sessionId: string };

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
    feature?: string;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** The session token from `X-Auth-Token` or `Authorization: Bearer`. */
export function tokenFrom(request: FastifyRequest): string | null {
  const header = request.headers["x-auth-token"];
  if (typeof header === "string" && header.length > 0) return header;
  const auth = request.headers.authorization;
  if (auth?.startsWith("Bearer ")) return auth.slice(7).trim() || null;
  return null;
}

/** The actor of a route that requires login (the hook has already rejected anonymous calls). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthorizedError();
  return request.actor;
}

/** A cached session is re-read at least this often, even if no change was announced. */
const SESSION_CACHE_MS = 60_000;

type CachedSession = Actor & { expiresAt: number; cachedAt: number };

export const authPlugin = fp(async (app: FastifyInstance, opts: { db: Database; cache: ChangeCache }) => {
  const sessionCache = opts.cache.slot<string, CachedSession>(10_000);

  /** The live session of a token: from memory while nothing of its profile changed, else from the database. */
  async function lookup(tokenHash: string): Promise<Actor | null> {
    const now = Date.now();
    const cached = sessionCache.get(tokenHash);
    if (cached && cached.expiresAt > now && now - cached.cachedAt < SESSION_CACHE_MS) return cached;
    const generation = opts.cache.generation;
    const found = await findSessionProfile(opts.db, tokenHash);
    if (!found) return null;
    const actor: CachedSession = {
      profile: found.profile,
      sessionId: found.sessionId,
      expiresAt: found.expiresAt.getTime(),
      cachedAt: now,
    };
    sessionCache.set(tokenHash, found.profile.id, actor, generation);
    return actor;
  }

  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (request) => {
    // Unmatched paths fall through to the not-found handler; static files and the API docs are public.
    const url = request.routeOptions.url;
    if (!url?.startsWith("/api/") || url.startsWith("/api/docs")) return;
    const access = request.routeOptions.config.access ?? "user";
    if (access === "public") return;
    const token = tokenFrom(request);
    const found = token ? await lookup(hashToken(token)) : null;
    if (!found) throw new UnauthorizedError();
    request.actor = { profile: found.profile, sessionId: found.sessionId };
    if (access === "admin" && found.profile.role !== "admin") {
      throw new ForbiddenError("forbidden", "Only an administrator may do this");
    }
  });

  // A write answers only after this process forgot what it kept of the writer's profile, so the
  // next read — on whatever connection — sees it (other processes hear the database's notice).
  app.addHook("onSend", async (request) => {
    if (request.actor && request.method !== "GET" && request.method !== "HEAD") {
      opts.cache.evict(request.actor.profile.id);
    }
  });
});
