import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeHeic } from "./photo.heic.js";

describe("decodeHeic", () => {
  it("queues more decodes than cores and finishes them all, a broken one included", async () => {
    const heic = await readFile(path.join(import.meta.dirname, "testdata", "sample.heic"));
    const n = availableParallelism() * 2 + 1;
    const results = await Promise.allSettled([
      ...Array.from({ length: n }, () => decodeHeic(heic)),
      decodeHeic(heic.subarray(0, heic.length / 3)),
      decodeHeic(heic),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok).toHaveLength(n + 1);
    expect(results[n]?.status).toBe("rejected");
    const first = results[0];
    if (first?.status !== "fulfilled") throw new Error("first decode failed");
    expect(first.value.rgba.length).toBe(first.value.width * first.value.height * 4);
  }, 60_000);
});
