/**
 * The messages between the page and its analysis worker. Plain data only.
 */
import type { Diagnosis } from './diagnosis.js';

/** One dropped file, its bytes transferred to the worker. */
export interface FileInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Page -> worker: analyse this text, or these files. */
export type AnalyzeRequest =
  | { readonly id: number; readonly type: 'text'; readonly text: string }
  | { readonly id: number; readonly type: 'files'; readonly files: readonly FileInput[] };

/** Worker -> page: the diagnosis, or why there is none. */
export type AnalyzeResponse =
  | { readonly id: number; readonly ok: true; readonly diagnosis: Diagnosis; readonly ms: number }
  | { readonly id: number; readonly ok: false; readonly error: string };
