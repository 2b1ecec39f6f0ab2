/**
 * Size limits of the page, with the reason for each. Above them the page says so at once
 * instead of freezing the tab.
 */

/**
 * Characters accepted in the text box: 5 million. An NDR with its original headers is a few
 * tens of KB; anything this big is a whole message with attachments, which is better dropped as
 * a file (files never go through the text box, whose layout cost grows with its content).
 */
export const MAX_PASTE_CHARS = 5_000_000;

/** Bytes per dropped file: 25 MiB, Exchange Online's, Gmail's and Yahoo's default message size limit. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** Files per drop: enough for a batch of bounces, few enough to render at once. */
export const MAX_FILES = 100;

/** An analysis that runs longer than this is stopped, and the page says so. */
export const ANALYSIS_TIMEOUT_MS = 20_000;

/** Formats a byte or character count for messages: `52.4 MB`. */
export function formatSize(n: number): string {
  if (n < 1000) return `${n} bytes`;
  if (n < 1_000_000) return `${(n / 1000).toFixed(1)} KB`;
  return `${(n / 1_000_000).toFixed(1)} MB`;
}
