// Types of corpus-score.mjs, for the TypeScript tests that import it.
export interface CorpusScore {
  files: number;
  filesAllOk: number;
  falsePositives: number;
  counts: Record<string, [number, number]>;
  rate: Record<string, number>;
  failures: Record<string, unknown>[];
}
export function scoreCorpus(expected: unknown, results: Record<string, unknown>[]): CorpusScore;
