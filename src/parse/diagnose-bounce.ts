/**
 * Diagnosis of one bounce for a person: the delivery records of {@link parseBounce}, each with
 * an explanation (cause, who must act, how), plus the header analysis of the original message.
 */
import { REASONS } from '../kb/reasons.js';
import type { BounceDiagnosis, DeliveryRecord, DiagnosedRecord, ParseOptions, RecordExplanation } from '../types.js';
import { analyzeOriginalHeaders, explainRecordKb } from './explain-hooks.js';
import { parseBounceSync } from './parse-bounce.js';

/** The explanation from the reason taxonomy, used when the knowledge base has no entry. */
function explainFromReason(r: DeliveryRecord): RecordExplanation {
  const info = REASONS[r.reason];
  return { kbId: null, title: info.summary, cause: info.summary, owner: r.owner, fix: {}, references: [] };
}

/**
 * Parses and explains a bounce.
 * @example
 * const d = await diagnoseBounce(text);
 * for (const r of d.records) console.log(r.recipient, r.remoteMta, r.explanation.owner);
 */
export async function diagnoseBounce(input: Uint8Array | string, options?: ParseOptions): Promise<BounceDiagnosis> {
  const parsed = parseBounceSync(input, options);
  const records: DiagnosedRecord[] = parsed.records.map((r) => ({ ...r, explanation: explainRecordKb(r) ?? explainFromReason(r) }));
  const headers = parsed.originalHeaders !== null ? analyzeOriginalHeaders(parsed.originalHeaders) : undefined;
  // the explanation's owner is the record's (the classification already weighed the KB's say)
  return { records, ...(headers !== undefined ? { headers } : {}), warnings: parsed.warnings };
}
