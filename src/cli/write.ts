import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";

/** Parts are written in batches of about this many characters. */
const BATCH = 1 << 16;

/**
 * Writes through a temporary file and a rename, so a failed run never leaves half a report. Content
 * given in parts is written as it comes, so no string of it all is made.
 */
export function writeAtomic(path: string, content: string | Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w");
  try {
    if (typeof content === "string") writeAll(fd, content);
    else {
      let batch: string[] = [];
      let size = 0;
      for (const part of content) {
        batch.push(part);
        size += part.length;
        if (size < BATCH) continue;
        writeAll(fd, batch.join(""));
        [batch, size] = [[], 0];
      }
      writeAll(fd, batch.join(""));
    }
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  closeSync(fd);
  renameSync(tmp, path);
}

/** A write may take fewer bytes than given: the rest is written until none is left. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
}
