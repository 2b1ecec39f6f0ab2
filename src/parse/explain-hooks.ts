/**
 * Hooks to the explain engine and the header analyser, which are written on other branches.
 * Until they are merged, `explainRecordKb` finds nothing (records are explained from the reason
 * taxonomy alone) and `analyzeOriginalHeaders` returns undefined (no `headers` in a diagnosis).
 * When they land, make these call `explainReply({ status, replyCode, text, remoteMta })` and
 * `analyzeHeaders(text)`, keeping the signatures.
 */
import type { DeliveryRecord, RecordExplanation } from '../types.js';

/** The knowledge base's explanation of a record, or null. */
export function explainRecordKb(_record: DeliveryRecord): RecordExplanation | null {
  return null;
}

/** Header analysis of the original message's header block, or undefined. */
export function analyzeOriginalHeaders(_headerText: string): unknown {
  return undefined;
}
