import { lstatSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

/** YAML files directly inside `dir` (relative to root), sorted; none if the folder is absent. */
export function yamlFilesIn(root: string, dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, dir));
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith(".yaml") || n.endsWith(".yml"))
    .sort()
    .map((n) => `${dir}/${n}`);
}

export function readBytes(root: string, file: string): Uint8Array {
  return readFileSync(join(root, file));
}

/**
 * Resolves a path named inside the data; refuses anything that leaves the root,
 * directly or through a symlink, so a record cannot make the tool read elsewhere.
 */
export function safePath(root: string, file: string): { path: string } | { refused: string } {
  if (isAbsolute(file)) return { refused: `path "${file}" is absolute; give it relative to the corpus root` };
  const full = resolve(root, file);
  const realRoot = realpathSync(root);
  if (!inside(resolve(root), full)) return { refused: `path "${file}" points outside the corpus root` };
  let real: string;
  try {
    real = realpathSync(full);
  } catch {
    return { refused: `file "${file}" does not exist` };
  }
  if (!inside(realRoot, real)) return { refused: `path "${file}" leads outside the corpus root through a symlink` };
  if (!lstatSync(real).isFile()) return { refused: `path "${file}" is not a file` };
  return { path: real };
}

function inside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) && !rel.split(sep).includes("..");
}

/** Splits a text into lines as editors number them; a final newline does not start a line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
