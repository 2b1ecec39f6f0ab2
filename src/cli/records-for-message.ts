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

/** Records (or the not-bounce marker) for one message. */
export function recordsForMessage(file: string, bytes: Uint8Array): MessageRecords {
  try {
    const r = parseBounceSync(bytes, { file });
    if (r.records.length > 0) return { records: r.records };
    return { records: [{ file, recipient: null, kind: 'not-bounce', ...(r.warnings.length ? { warnings: r.warnings } : {}) }] };
  } catch (err) {
    if (err instanceof NdrkitError) {
      return { records: [{ file, recipient: null, kind: 'not-bounce', warnings: [err.message] }], error: { code: err.code, message: err.message } };
    }
    throw err;
  }
}
