/**
 * Hard or soft: the reason's default (kb/reasons.ts), overridden by the record's own evidence.
 *
 * A 4xx reply or 4.x.x status means the server itself said "try again", so while the message is
 * still being retried (a delay notice) every record is soft. What a bulk sender needs from a
 * final report is different: when the sending MTA has given up (Action: failed) and the last
 * answer still said the mailbox or domain does not exist or has moved (userunknown,
 * hostunknown, hasmoved), the retries have shown that retrying does not help, which is what
 * "hard" means in reasons.md: the address is suppressed. (Postfix answers "450 4.1.1 User
 * unknown" when its admin has set soft_bounce or a 450 unknown-recipient code; the queue's
 * final bounce is the verdict.) `notaccept` stays soft with a 4xx answer whatever the action,
 * as reasons.md defines it.
 *
 * A rule's `hard` override can make a record soft, never a temporary failure hard.
 */
import { REASONS, type ReasonId } from '../kb/reasons.js';

/** Hard reasons whose 4xx answer, repeated until the sending MTA gave up, still means suppress. */
const HARD_WHEN_FINAL: ReadonlySet<ReasonId> = new Set(['userunknown', 'hostunknown', 'hasmoved']);

/**
 * Decides whether a record is a hard bounce (the address should be suppressed). `final` is true
 * when the report is the sending MTA's last word (Action: failed), false for a delay notice.
 * @example isHardBounce('userunknown', '5.1.1', '550') // true
 * @example isHardBounce('userunknown', '4.1.1', '450') // false (still being retried)
 * @example isHardBounce('userunknown', '4.1.1', '450', undefined, true) // true (the queue gave up)
 */
export function isHardBounce(reason: ReasonId, status: string, replyCode: string, override?: boolean, final = false): boolean {
  const info = REASONS[reason];
  if (info.hardness === 'neither') return false;
  const cls = status !== '' ? status.charAt(0) : replyCode.charAt(0);
  const temporary = cls === '4' || cls === '2';
  // a final report's 4xx for a mailbox or domain that does not exist: the retries have shown it
  const finalHard = cls === '4' && final && HARD_WHEN_FINAL.has(reason);
  // A server that answers 4xx says "try again": no rule alone makes that a reason to suppress.
  if (override !== undefined) return override && (!temporary || finalHard);
  return info.hardness === 'hard' && (!temporary || finalHard);
}
