/**
 * ndrkit's public surface: a list of re-exports, so it can be read in one place.
 */
export * from './types.js';
export { NdrkitError } from './errors.js';
export type { NdrkitErrorCode } from './errors.js';
export { REASONS, REASON_IDS, OWNERS, RECORD_KINDS, isReasonId } from './kb/reasons.js';
export type { ReasonInfo } from './kb/reasons.js';
export { explain, explainReply } from './explain/explain.js';
export { MAX_INPUT_CHARS } from './explain/limits.js';
export { renderExplainText } from './report/explain-text.js';
export type { ExplainTextOptions } from './report/explain-text.js';
export {
  ALL_ENTRIES,
  EXCHANGE_ONLINE_ENTRIES,
  MICROSOFT_MORE_ENTRIES,
  PROVIDER_ENTRIES,
  GMAIL_ENTRIES,
  OUTLOOK_COM_ENTRIES,
  YAHOO_ENTRIES,
  REGISTRY_CLASSES,
  REGISTRY_SUBJECTS,
  REGISTRY_DETAILS,
  REPLY_CODES,
  OWNER_RULES,
} from './kb/index.js';
export type { RegistryClass, RegistrySubject, RegistryDetail, ReplyCode, OwnerRule, OwnerSituation } from './kb/index.js';
export { parseBounce, parseBounceSync } from './parse/parse-bounce.js';
export { classifyRecord, createClassifier } from './classify/classify-record.js';
export type { Classification, ClassifyInput, Rule, RuleTable } from './classify/types.js';
export type { Detector, Detection, RecipientReport } from './detectors/types.js';
export { diagnoseBounce } from './parse/diagnose-bounce.js';
export { analyzeHeaders } from './headers/analyze-headers.js';
export type { AnalyzeHeadersOptions } from './headers/analyze-headers.js';
export type { HeaderPart } from './headers/header-block.js';
export { renderHeadersText } from './report/headers-text.js';
export type { HeadersTextOptions } from './report/headers-text.js';
