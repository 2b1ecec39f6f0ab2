/**
 * Received fields -> the ordered hop list: hop 1 is the bottom-most field. Delays are measured
 * between consecutive dated hops (the first dated hop against the Date header); a negative delay
 * is kept and flagged as clock skew, never hidden by reordering.
 */
import type { HeaderField, ReceivedHop } from '../types.js';
import { MAX_HOPS, MAX_PARSE_CHARS } from './limits.js';
import { parseReceived } from './received.js';

/** Hops and the totals drawn from them. */
export interface HopAnalysis {
  readonly hops: ReceivedHop[];
  readonly totalDelaySeconds: number | null;
  /** Date of the last (topmost) dated hop, or null. */
  readonly lastMs: number | null;
}

/**
 * Builds the hop list from the Received fields (in header order, topmost first).
 *
 * @example
 * analyzeHops(receivedFields, Date.parse('2018-05-25T08:21:10Z'), []).hops[0].hop // 1
 */
export function analyzeHops(received: readonly HeaderField[], dateMs: number | null, warnings: string[]): HopAnalysis {
  let kept = received;
  if (received.length > MAX_HOPS) {
    kept = received.slice(0, MAX_HOPS);
    warnings.push(`${received.length} Received fields; only the topmost ${MAX_HOPS} (nearest the recipient) were analysed`);
  }
  const hops: ReceivedHop[] = [];
  let prevMs: number | null = dateMs;
  let firstMs: number | null = null;
  let lastMs: number | null = null;
  for (let i = kept.length - 1, n = 1; i >= 0; i--, n++) {
    const f = kept[i] as HeaderField;
    const r = parseReceived(f.value);
    let delay: number | null = null;
    if (r.ms !== null) {
      if (prevMs !== null) delay = Math.round((r.ms - prevMs) / 1000);
      prevMs = r.ms;
      firstMs ??= r.ms;
      lastMs = r.ms;
    }
    hops.push({
      hop: n,
      fieldIndex: f.index,
      from: r.from,
      by: r.by,
      with: r.with,
      id: r.id,
      for: r.for,
      via: r.via,
      dateText: r.dateText,
      date: r.ms === null ? '' : new Date(r.ms).toISOString(),
      delaySeconds: delay,
      clockSkew: delay !== null && delay < 0,
      provider: r.provider,
      fromIp: r.fromIp,
      form: r.form,
      notes: r.notes,
      raw: f.value.length > MAX_PARSE_CHARS ? f.value.slice(0, MAX_PARSE_CHARS) : f.value,
    });
  }
  return { hops, totalDelaySeconds: firstMs !== null && lastMs !== null ? Math.round((lastMs - firstMs) / 1000) : null, lastMs };
}
