// Types of build-freshness.mjs, for the TypeScript tests and benchmarks that import it.
export function newestMtime(dir: string): number;
export function isBuildStale(root: string, outputs: readonly string[]): boolean;
export function ensureLibraryBuilt(root: string, output: string): void;
