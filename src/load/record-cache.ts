import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";

/**
 * What files read and validated before gave, by their text: a run that finds a file unchanged
 * takes its value from here instead of parsing and validating it again. Only a value that loaded
 * without a problem is kept, so a cached file is one that would load, with the same value.
 */
export interface RecordCache {
  get(key: string, text: string): unknown;
  set(key: string, text: string, data: unknown): void;
  /** Writes the values this run used (the others are dropped, so the cache follows the corpus), or marks it used; never throws. */
  save(): void;
}

interface Stored {
  identity: string;
  entries: Map<string, unknown>;
}

const digest = (key: string, text: string): string => createHash("sha256").update(key).update("\u0000").update(text).digest("base64");

/**
 * The cache in `path`, valid for one `identity` (the build of the tool and the versions of its
 * readers): a cache written by any other is ignored, as is one that cannot be read.
 */
export function openRecordCache(path: string, identity: string): RecordCache {
  let old = new Map<string, unknown>();
  try {
    const stored = deserialize(readFileSync(path)) as Partial<Stored>;
    if (stored.identity === identity && stored.entries instanceof Map) old = stored.entries;
  } catch {
    /* missing or unreadable: start empty */
  }
  const used = new Map<string, unknown>();
  let changed = false;
  return {
    get(key, text) {
      const d = digest(key, text);
      if (!old.has(d)) return undefined;
      const data = old.get(d);
      used.set(d, data);
      return data;
    },
    set(key, text, data) {
      used.set(digest(key, text), data);
      changed = true;
    },
    save() {
      try {
        if (!changed && used.size === old.size) {
          // Unchanged: only the time of last use moves, which tells a live cache from an abandoned one.
          const now = new Date();
          utimesSync(path, now, now);
          return;
        }
        mkdirSync(dirname(path), { recursive: true });
        const tmp = `${path}.${process.pid}.tmp`;
        writeFileSync(tmp, serialize({ identity, entries: used } satisfies Stored));
        renameSync(tmp, path);
      } catch {
        /* a cache that cannot be written costs the next run time, nothing else */
      }
    },
  };
}

const require = createRequire(import.meta.url);
const READERS = ["js-yaml", "yaml", "ajv"];

/**
 * The cache of a corpus for the built tool, in the corpus's own node_modules/.cache (as other
 * tools keep theirs), valid while the build and the readers' versions stay. Undefined for a
 * corpus without node_modules (nothing is created in it) and when running the TypeScript sources
 * (no build to name), where every file is read.
 */
export function builtRecordCache(root: string): RecordCache | undefined {
  const stamp = fileURLToPath(new URL("../.built", import.meta.url));
  const modules = join(root, "node_modules");
  if (!existsSync(stamp) || !existsSync(modules)) return undefined;
  try {
    const version = (name: string): string => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version: string }).version;
    const identity = [readFileSync(stamp, "utf8").trim(), ...READERS.map((name) => `${name}@${version(name)}`)].join(" ");
    // Named by the root, so checkouts that share one node_modules do not overwrite each other's.
    const name = createHash("sha256").update(root).digest("hex").slice(0, 16);
    const dir = join(modules, ".cache", "corpus-check");
    const cache = openRecordCache(join(dir, `records-${name}.bin`), identity);
    return {
      ...cache,
      save() {
        cache.save();
        pruneRecordCaches(dir, Date.now());
      },
    };
  } catch {
    return undefined;
  }
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** Removes the caches of corpora not checked for a week (temporary checkouts, moved folders); never throws. */
export function pruneRecordCaches(dir: string, now: number): void {
  try {
    for (const f of readdirSync(dir)) {
      const path = join(dir, f);
      if (/^records-[0-9a-f]{16}\.bin$/.test(f) && now - statSync(path).mtimeMs > WEEK_MS) rmSync(path, { force: true });
    }
  } catch {
    /* a cache left behind costs disk, nothing else */
  }
}
