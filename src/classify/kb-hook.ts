/**
 * The knowledge-base hook of classification. The knowledge base decides first for codes and
 * replies it knows (Exchange Online first for Microsoft servers). Its engine, `explainReply`, is
 * written on another branch; until it is merged this hook finds nothing and the rule tables
 * decide alone. When it lands, replace the body of {@link lookupKnowledgeBase} with a call to
 * `explainReply({ status, replyCode, text, remoteMta })`, keeping this signature.
 */
import type { Owner, ReasonId } from '../kb/reasons.js';
import type { ClassifyInput } from './types.js';

/** What the knowledge base says about one record. */
export interface KbVerdict {
  readonly kbId: string;
  readonly reason: ReasonId;
  readonly owner: Owner;
  readonly permanent: boolean;
}

/**
 * Asks the knowledge base about a record. Returns null when no entry matches well enough to
 * decide. (Not yet wired: always null until the explain engine is merged.)
 */
export function lookupKnowledgeBase(_input: ClassifyInput): KbVerdict | null {
  return null;
}
