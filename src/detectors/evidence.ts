/**
 * Helpers detectors share to record evidence and to read common report shapes. Pure functions.
 */
import type { Evidence } from '../types.js';

/** Longest quoted evidence text. */
const MAX_EVIDENCE = 300;

/**
 * One piece of evidence, trimmed to a readable length.
 * @example evidence('header:Subject', 'Undelivered Mail Returned to Sender')
 */
export function evidence(where: string, text: string): Evidence {
  const t = text.replace(/\s+/g, ' ').trim();
  return { where, text: t.length > MAX_EVIDENCE ? t.slice(0, MAX_EVIDENCE - 1) + '…' : t };
}

/** Squeezes white space to single spaces and trims: the form diagnosticCode is kept in. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
