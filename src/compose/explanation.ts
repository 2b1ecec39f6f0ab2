/**
 * The explanation shown for one recipient: the caller's own, else the knowledge base's match for
 * the reply, else the meaning of the status code's class and subject (and of the reason id when
 * the caller gave one). Owner defaults follow the same order.
 */
import type { ExplainMatch } from '../types.js';
import type { KbFix } from '../kb/types.js';
import type { Owner, ReasonId } from '../kb/reasons.js';
import type { NdrTexts } from './locales/index.js';
import type { NdrLocale } from './types.js';
import type { CheckedRecipient } from './validate.js';

/** What the human part says about one recipient. */
export interface RecipientExplanation {
  /** The cause in everyday words, in the report's language. */
  readonly cause: string;
  /** The knowledge base's own cause, in English, when the report is in another language. */
  readonly causeInEnglish: string;
  readonly owner: Owner;
  /** Advice for the sender, in the report's language. */
  readonly fixSender: string;
  /** Advice for the other parties (from the knowledge base; English). */
  readonly fix: KbFix;
  readonly title: string;
  readonly reason: ReasonId | null;
  readonly kbId: string;
  readonly references: readonly string[];
  /** Why the owner differs from the entry's usual one (the knowledge base's owner rules). */
  readonly ownerNote: string;
}

/** Who must act by default, per status subject, for failures the knowledge base does not know. */
const OWNER_BY_SUBJECT: Readonly<Record<string, Owner>> = {
  '0': 'sender-admin',
  '1': 'sender', // addressing: usually a wrong address
  '2': 'recipient-admin', // mailbox: full, disabled
  '3': 'recipient-admin', // mail system
  '4': 'sender-admin', // network and routing
  '5': 'sender-admin', // protocol
  '6': 'sender', // content
  '7': 'recipient-admin', // security and policy at the receiving side
};

/**
 * Builds the explanation of one recipient from (in order) the caller's explanation, a knowledge
 * base match, and the status code's meaning in the report's language.
 */
export function explainRecipient(r: CheckedRecipient, texts: NdrTexts, locale: NdrLocale, kb: ExplainMatch | null): RecipientExplanation {
  const given = r.explanation ?? {};
  const [cls, subject] = r.status.split('.') as [string, string, string];
  const outcome = r.action === 'failed' ? 'failed' : r.action === 'delayed' ? 'delayed' : 'delivered';
  const reason: ReasonId | null = given.reason ?? r.reason ?? kb?.reason ?? null;

  let owner: Owner;
  if (outcome !== 'failed') owner = 'none';
  else owner = given.owner ?? kb?.owner ?? OWNER_BY_SUBJECT[subject] ?? 'sender-admin';
  // A knowledge-base "none" (temporary) does not fit a final failure: someone must act now.
  if (outcome === 'failed' && owner === 'none') owner = OWNER_BY_SUBJECT[subject] ?? 'sender-admin';

  // "Expired" says the server gave up: for a delay notice (the server still tries) that is false,
  // so a delay with that reason is explained by its status code's meaning instead.
  const givenUp = outcome === 'delayed' && reason === 'expired' && given.cause === undefined;
  const englishCause = givenUp ? '' : (given.cause ?? kb?.cause ?? '');
  let cause: string;
  if (locale === 'en' && englishCause !== '') cause = englishCause;
  else if (outcome === 'delivered') cause = texts.reasons.delivered;
  else if (reason !== null && reason !== 'undefined' && reason !== 'onhold' && !givenUp) cause = texts.reasons[reason];
  else {
    const classText = texts.classMeaning[cls as '2' | '4' | '5'];
    const subjectText = texts.subjectMeaning[subject as keyof NdrTexts['subjectMeaning']] ?? texts.subjectMeaning['0'];
    // Sentences ending in a full-width stop (Japanese) are joined without a space.
    cause = classText.endsWith('。') ? classText + subjectText : `${classText} ${subjectText}`;
  }

  const fix: KbFix = given.fix ?? kb?.fix ?? {};
  let fixSender: string;
  if (outcome === 'delivered') fixSender = texts.fixDelivered;
  else if (outcome === 'delayed') fixSender = texts.fix.none;
  else if (locale === 'en' && fix.sender !== undefined && fix.sender !== '') fixSender = fix.sender;
  else fixSender = texts.fix[owner];

  return {
    cause,
    causeInEnglish: locale !== 'en' && englishCause !== '' ? englishCause : '',
    owner,
    fixSender,
    fix,
    title: given.title ?? kb?.title ?? '',
    reason,
    kbId: given.id ?? kb?.id ?? '',
    references: given.references ?? kb?.references ?? [],
    ownerNote: given.owner === undefined && kb?.ownerNote !== undefined ? kb.ownerNote : '',
  };
}
