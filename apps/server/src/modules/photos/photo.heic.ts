import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { z } from "zod";
import { decodeSlots } from "../../decode-slots.js";

/*
 * HEIC decoding. sharp's prebuilt libvips reads HEIC headers and EXIF but cannot decode HEVC
 * (patents), so the pixels come from libheif compiled to WASM (heic-decode). Decoding a 12 MP photo
 * takes over a second of synchronous WASM, and its heap only ever grows: each decode runs in a
 * worker thread of its own, which keeps the server answering and hands the memory back when it ends.
 */

const decoderPath = createRequire(import.meta.url).resolve("heic-decode");

// CommonJS source (an eval'd worker is CommonJS); the decoder is loaded by its resolved path.
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
require(workerData.decoder)({ buffer: workerData.file }).then(
  (img) => parentPort.postMessage({ width: img.width, height: img.height, data: img.data }, [img.data.buffer]),
  (err) => parentPort.postMessage({ error: err instanceof Error ? err.message : String(err) }),
);
`;

const answer = z.union([
  z.object({ width: z.int().positive(), height: z.int().positive(), data: z.instanceof(Uint8ClampedArray) }),
  z.object({ error: z.string() }),
]);

export type DecodedHeic = { width: number; height: number; rgba: Buffer };

/**
 * At most one decode per core at a time: each holds the file's pixels (48 MB for 12 MP) and a WASM
 * heap, so twenty phones uploading HEIC at once queue instead of exhausting memory.
 */
const withDecodeSlot = decodeSlots();

/** The primary image of a HEIC file as RGBA pixels, with the container's rotation and mirroring applied. */
export function decodeHeic(file: Buffer): Promise<DecodedHeic> {
  return withDecodeSlot(() => decodeInWorker(file));
}

function decodeInWorker(file: Buffer): Promise<DecodedHeic> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { decoder: decoderPath, file } });
    worker.once("message", (message: unknown) => {
      const parsed = answer.safeParse(message);
      if (!parsed.success) reject(new Error("the HEIC decoder answered something unexpected"));
      else if ("error" in parsed.data) reject(new Error(parsed.data.error));
      else {
        const { width, height, data } = parsed.data;
        if (data.byteLength !== width * height * 4) reject(new Error("the HEIC decoder's pixels do not fit"));
        else resolve({ width, height, rgba: Buffer.from(data.buffer, data.byteOffset, data.byteLength) });
      }
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      // After an answer this changes nothing; without one the decoder died (e.g. out of memory).
      reject(new Error(`the HEIC decoder stopped with code ${code}`));
    });
  });
}
