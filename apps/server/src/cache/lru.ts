/** A Map that forgets its least recently used entries beyond `max`. */
export class Lru<K, V> {
  readonly #map = new Map<K, V>();
  constructor(
    readonly max: number,
    private readonly onEvict?: (key: K, value: V) => void,
  ) {}

  get(key: K): V | undefined {
    const value = this.#map.get(key);
    if (value !== undefined) {
      this.#map.delete(key);
      this.#map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.max) {
      const oldest = this.#map.entries().next();
      if (!oldest.done) {
        const [key, value] = oldest.value;
        this.#map.delete(key);
        this.onEvict?.(key, value);
      }
    }
  }

  delete(key: K): void {
    this.#map.delete(key);
  }

  clear(): void {
    this.#map.clear();
  }

  get size(): number {
    return this.#map.size;
  }
}
