/**
 * Parses one message into the lines `ndr parse` prints: its records, or the not-bounce marker.
 * Shared by the main thread and the worker threads of `--jobs`.
 */
import { NdrkitError } from '../errors.js';
import { parseBounceSync } from '../parse/parse-bounce.js';
import type { OutputRecord } from './record-format.js';

/** The output lines for one message, and the caller-visible error (too large, ...) if any. */
export interface MessageRecords {
  readonly records: OutputRecord[];
  readonly error?: { readonly code: string; readonly message: string };
}

/**
 * Records (or the not-bounce marker) for one message; `message` is its position in an mbox that
 * held several, copied into each line next to `file`.
 */
export function recordsForMessage(file: string, bytes: Uint8Array, message?: number): MessageRecords {
  const at = message === undefined ? {} : { message };
  try {
    const r = parseBounceSync(bytes, { file });
    if (r.records.length > 0) return { records: message === undefined ? r.records : r.records.map((x) => { const { file: f, ...rest } = x; return { file: f, ...at, ...rest }; }) };
    return { records: [{ file, ...at, recipient: null, kind: 'not-bounce', ...(r.warnings.length ? { warnings: r.warnings } : {}) }] };
  } catch (err) {
    if (err instanceof NdrkitError) {
      return { records: [{ file, ...at, recipient: null, kind: 'not-bounce', warnings: [err.message] }], error: { code: err.code, message: err.message } };
    }
    throw err;
  }
}
