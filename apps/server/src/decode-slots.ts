import { availableParallelism } from "node:os";

/**
 * A limit of `max` heavy jobs at a time (default: one per core), the rest queued in order: decoders
 * that each take a worker and a heap (HEIC photos, FIT files) queue under load instead of
 * exhausting memory.
 */
export function decodeSlots(max = Math.max(1, availableParallelism())) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function withSlot<T>(work: () => Promise<T>): Promise<T> {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await work();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
