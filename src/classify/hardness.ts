/**
 * Hard or soft: the reason's default (kb/reasons.ts), overridden by the record's own evidence.
 * A hard reason with a 4xx reply or 4.x.x status is soft (the server itself says "try again"),
 * which is also what makes `notaccept` soft with a 4xx answer (reasons.md).
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
  if (override !== undefined) return override;
  if (info.hardness !== 'hard') return false;
  const cls = status !== '' ? status.charAt(0) : replyCode.charAt(0);
  return cls !== '4' && cls !== '2';
}
