/** A problem with the input, located in a file. Lines and columns are 1-based. */
export interface LoadError {
  file: string;
  line: number;
  col: number;
  message: string;
}

export function formatLoadError(e: LoadError): string {
  return `${e.file}:${e.line}:${e.col}: ${e.message}`;
}

export function compareLoadErrors(a: LoadError, b: LoadError): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message);
}
