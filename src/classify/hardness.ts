/**
 * Hard or soft: the reason's default (kb/reasons.ts), overridden by the record's own evidence.
 * A hard reason with a 4xx reply or 4.x.x status is soft (the server itself says "try again"),
 * which is also what makes `notaccept` soft with a 4xx answer (reasons.md); a rule's `hard`
 * override can make a record soft, never a temporary failure hard.
 */
import { REASONS, type ReasonId } from '../kb/reasons.js';

/**
 * Decides whether a record is a hard bounce (the address should be suppressed).
 * @example isHardBounce('userunknown', '5.1.1', '550') // true
 * @example isHardBounce('userunknown', '4.1.1', '450') // false
 */
export function isHardBounce(reason: ReasonId, status: string, replyCode: string, override?: boolean): boolean {
  const info = REASONS[reason];
  if (info.hardness === 'neither') return false;
  const cls = status !== '' ? status.charAt(0) : replyCode.charAt(0);
  // A server that answers 4xx says "try again": no rule makes that a reason to suppress.
  const temporary = cls === '4' || cls === '2';
  if (override !== undefined) return override && !temporary;
  return info.hardness === 'hard' && !temporary;
}
