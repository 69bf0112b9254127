import { setFlagsFromString } from "node:v8";

/**
 * How far the old generation may grow past what survived the last full collection, in percent. V8's
 * own step on a machine with memory to spare is up to 300%, and most of what the document pass
 * promotes is garbage (each document's token objects outlive the young generation while every
 * rule reads them), so at 10,000 documents the peak was about four times the live heap. A quarter
 * more bounds the peak near the live data for a few more full collections (README: "Memory").
 */
export const HEAP_GROWING_PERCENT = 25;

/** Bounds the heap's growth for the rest of the run (V8 reads the flag at each full collection). */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
