import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { z } from "zod";
import { decodeSlots } from "../../../../decode-slots.js";

/*
 * FIT decoding with Garmin's own SDK (@garmin/fitsdk). Its decoder is synchronous and keeps every
 * message of the file (a long ride: tens of thousands of records) in memory, so it runs in a worker
 * thread of its own: the server keeps answering, a file that would take too much memory ends the
 * worker and not the process, and the memory goes back when it ends. Only the summary the import
 * needs comes back: what the file is, and its sessions.
 */

const sdk = pathToFileURL(createRequire(import.meta.url).resolve("@garmin/fitsdk")).href;

// An ES module (a data: URL), as the SDK is one; the SDK is loaded by its resolved file URL.
const workerSource = `
import { parentPort, workerData } from "node:worker_threads";
const { Decoder, Stream } = await import(workerData.sdk);
const { messages, errors } = new Decoder(Stream.fromBuffer(workerData.file)).read({ mergeHeartRates: false });
const value = (v) => (v === undefined ? null : v);
parentPort.postMessage({
  fileTypes: (messages.fileIdMesgs ?? []).map((m) => value(m.type)),
  sessions: (messages.sessionMesgs ?? []).map((s) => ({
    startTime: s.startTime instanceof Date ? s.startTime : null,
    sport: value(s.sport),
    subSport: value(s.subSport),
    totalTimerTime: value(s.totalTimerTime),
    totalElapsedTime: value(s.totalElapsedTime),
    totalDistance: value(s.totalDistance),
    totalCalories: value(s.totalCalories),
    avgHeartRate: value(s.avgHeartRate),
    maxHeartRate: value(s.maxHeartRate),
  })),
  error: errors.length > 0 ? String(errors[0]?.message ?? errors[0]) : null,
});
`;
const workerUrl = new URL(`data:text/javascript,${encodeURIComponent(workerSource)}`);

const enumValue = z.union([z.string(), z.number()]).nullable();
const quantity = z.number().nullable();
const fitSession = z.object({
  startTime: z.date().nullable(),
  sport: enumValue,
  subSport: enumValue,
  totalTimerTime: quantity,
  totalElapsedTime: quantity,
  totalDistance: quantity,
  totalCalories: quantity,
  avgHeartRate: quantity,
  maxHeartRate: quantity,
});
export type FitSession = z.infer<typeof fitSession>;

const fitSummary = z.object({
  /** `file_id.type` of each FIT file in the data (chained files: several): "activity", "weight", … */
  fileTypes: z.array(enumValue),
  /** One per `session` message: a multi-sport activity has several. */
  sessions: z.array(fitSession),
  /** Why decoding stopped before the end (a damaged file); null when the whole file was read. */
  error: z.string().nullable(),
});
export type FitSummary = z.infer<typeof fitSummary>;

/** No real FIT file takes this long; a decode that does is stopped rather than left to run. */
const DECODE_TIMEOUT_MS = 60_000;
/** Heap for one decode: a 50 MB file's messages fit; a worse one ends the worker, not the server. */
const WORKER_HEAP_MB = 1536;

/** At most one decode per core at a time: many uploads at once queue instead of each taking a heap. */
const withDecodeSlot = decodeSlots();

/** Decodes a FIT file's bytes in a worker thread; rejects when the decoder cannot give an answer. */
export function decodeFit(file: Uint8Array, signal: AbortSignal): Promise<FitSummary> {
  return withDecodeSlot(async () => {
    signal.throwIfAborted();
    return decodeInWorker(file, signal);
  });
}

function decodeInWorker(file: Uint8Array, signal: AbortSignal): Promise<FitSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, {
      workerData: { sdk, file },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    const stop = () => void worker.terminate();
    const timer = setTimeout(() => {
      finish();
      reject(new Error("reading the FIT file took too long"));
      stop();
    }, DECODE_TIMEOUT_MS);
    const finish = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      finish();
      reject(signal.reason);
      stop();
    };
    signal.addEventListener("abort", onAbort, { once: true });
    worker.once("message", (message: unknown) => {
      finish();
      const parsed = fitSummary.safeParse(message);
      if (parsed.success) resolve(parsed.data);
      else reject(new Error("the FIT decoder answered something unexpected"));
    });
    worker.once("error", (err) => {
      finish();
      reject(err);
    });
    worker.once("exit", (code) => {
      finish();
      // After an answer this changes nothing; without one the decoder died (e.g. out of memory).
      reject(new Error(`the FIT decoder stopped with code ${code}`));
    });
  });
}
