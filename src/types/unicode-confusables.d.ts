// The package names "index.d.ts" as its types but ships the file as "index.ts.d"; this is what we use of it.
declare module "unicode-confusables" {
  /** Replaces each character by its prototype in Unicode's confusables.txt (the skeleton, character by character). */
  export function rectifyConfusion(text: string): string;
  export function isConfusing(text: string): boolean;
}
