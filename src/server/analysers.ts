/**
 * The library functions the API serves, behind one small interface so the routes stay thin.
 * Results are sent as JSON exactly as the library returns them: the same JSON as `ndr --json`.
 */
import { explain } from '../explain/explain.js';
import { analyzeHeaders } from '../headers/analyze-headers.js';
import { parseBounce } from '../parse/parse-bounce.js';

/** The three analyses the API exposes. */
export interface Analysers {
  /** `explain(input)`: codes, reply lines or NDR text -> knowledge-base matches. */
  readonly explain?: (input: string) => unknown;
  /** `parseBounce(bytes, { file })`: one message -> delivery records and warnings. */
  readonly parseBounce?: (input: Uint8Array, options: { file: string }) => Promise<{ records: readonly unknown[]; warnings: readonly string[] }>;
  /** `analyzeHeaders(text)`: a header block -> hops, authentication, findings. */
  readonly analyzeHeaders?: (text: string) => unknown;
}

/** The library's analyses. */
export const LIBRARY_ANALYSERS: Analysers = {
  explain: (input) => explain(input),
  analyzeHeaders: (text) => analyzeHeaders(text),
  parseBounce: (bytes, options) => parseBounce(bytes, options),
};
