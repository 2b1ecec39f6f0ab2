/**
 * Output formats of `ndr parse`: JSON lines, one JSON array, CSV. Field order is the contract's.
 */
import type { DeliveryRecord, NotBounceRecord } from '../types.js';

/** A line of output: a record or the not-bounce marker of an input with none. */
export type OutputRecord = DeliveryRecord | NotBounceRecord;

/** CSV columns, in order. Nested `original` fields are flattened as `original.<field>`. */
export const CSV_COLUMNS = [
  'file', 'recipient', 'kind', 'action', 'status', 'replyCode', 'diagnosticCode', 'reason', 'hardBounce', 'owner',
  'remoteMta', 'reportingMta', 'command', 'date', 'detector', 'kbId', 'feedbackType',
  'original.messageId', 'original.from', 'original.to', 'original.subject', 'original.date', 'message',
] as const;

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'string' ? v : String(v);
  // Cells that a spreadsheet would run as a formula are prefixed with a quote (CSV injection).
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV header line. */
export function csvHeader(): string {
  return CSV_COLUMNS.join(',') + '\n';
}

/** One record as a CSV line. */
export function csvLine(r: OutputRecord): string {
  const o = r as unknown as Record<string, unknown> & { original?: Record<string, unknown> };
  return (
    CSV_COLUMNS.map((c) => (c.startsWith('original.') ? csvCell(o.original?.[c.slice(9)]) : csvCell(o[c]))).join(',') + '\n'
  );
}

/** One record as a JSON line. */
export function jsonLine(r: OutputRecord): string {
  return JSON.stringify(r) + '\n';
}

/** Output formats of `ndr parse`. */
export type OutputFormat = 'jsonl' | 'json' | 'csv';

/**
 * Formats one message's records. For `json` the records are joined by ",\n" with no brackets
 * (the caller writes the array around them).
 */
export function formatRecords(records: readonly OutputRecord[], format: OutputFormat): string {
  if (format === 'jsonl') return records.map(jsonLine).join('');
  if (format === 'csv') return records.map(csvLine).join('');
  return records.map((r) => JSON.stringify(r)).join(',\n');
}
