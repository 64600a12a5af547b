/**
 * A set of numbers (instants in ms, days since 1970) in one typed array with open addressing: 16
 * bytes per key at most, where a `Set<number>` takes several times that and a `Set<string>` more
 * still. It remembers which natural keys a file has held so far, so a 500,000-row file costs ~8 MB.
 */
export class KeySet {
  private keys: Float64Array;
  private used: Uint8Array;
  private count = 0;
  private readonly bits = new Uint32Array(2);
  private readonly view = new Float64Array(this.bits.buffer);

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Float64Array(size);
    this.used = new Uint8Array(size);
  }

  get size(): number {
    return this.count;
  }

  private slot(key: number, keys: Float64Array, used: Uint8Array): number {
    this.view[0] = key;
    const mask = keys.length - 1;
    // Mixes both halves of the double: instants differ in their low bits, days in their high ones.
    let i =
      (Math.imul((this.bits[0] ?? 0) ^ Math.imul(this.bits[1] ?? 0, 0x9e3779b1), 0x85ebca6b) >>> 0) & mask;
    while (used[i] === 1 && keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  has(key: number): boolean {
    return this.used[this.slot(key, this.keys, this.used)] === 1;
  }

  /** Adds the key; false when it was there already. */
  add(key: number): boolean {
    const i = this.slot(key, this.keys, this.used);
    if (this.used[i] === 1) return false;
    this.keys[i] = key;
    this.used[i] = 1;
    this.count++;
    if (this.count * 2 > this.keys.length) this.grow();
    return true;
  }

  private grow() {
    const keys = new Float64Array(this.keys.length * 2);
    const used = new Uint8Array(keys.length);
    for (let i = 0; i < this.keys.length; i++) {
      if (this.used[i] !== 1) continue;
      const key = this.keys[i] ?? 0;
      const j = this.slot(key, keys, used);
      keys[j] = key;
      used[j] = 1;
    }
    this.keys = keys;
    this.used = used;
  }
}
