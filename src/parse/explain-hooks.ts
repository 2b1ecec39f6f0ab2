/**
 * The bounce parser's links to the explain engine and the header analyser: a record's
 * explanation from the knowledge base, and the analysis of the original message's headers.
 */
import { pickMatch } from '../classify/kb-hook.js';
import { explainReply } from '../explain/explain.js';
import { analyzeHeaders } from '../headers/analyze-headers.js';
import type { DeliveryRecord, HeaderAnalysis, RecordExplanation } from '../types.js';

/**
 * The knowledge base's explanation of a record (its best match), or null when the record has
 * nothing to look up (feedback, auto-replies, no code and no text) or nothing matches.
 */
export function explainRecordKb(record: DeliveryRecord): RecordExplanation | null {
  if (record.kind === 'feedback' || record.kind === 'auto-reply' || record.kind === 'delivered') return null;
  if (record.status === '' && record.replyCode === '' && record.diagnosticCode === '') return null;
  const matches = explainReply({
    status: record.status,
    replyCode: record.replyCode,
    text: record.diagnosticCode,
    remoteMta: record.remoteMta,
    ...(record.recipient ? { recipient: record.recipient } : {}),
  });
  // the same entry classification chose (record.kbId), else the best that fits the server
  const best = matches.find((m) => m.id === record.kbId) ?? pickMatch(matches, record.remoteMta);
  if (!best) return null;
  return { kbId: best.id, title: best.title, cause: best.cause, owner: record.owner, fix: best.fix, references: best.references };
}

/** Header analysis of the original message's header block, or undefined when it holds nothing. */
export function analyzeOriginalHeaders(headerText: string): HeaderAnalysis | undefined {
  try {
    return analyzeHeaders(headerText);
  } catch {
    // analyzeHeaders throws only for caller mistakes and limits; an odd block is not worth failing a diagnosis for
    return undefined;
  }
}
