/**
 * Links to untrusted or reference URLs. Only absolute http(s) URLs become live links, and the
 * link text is always the full URL, so what is shown is where it goes. Anything else
 * (`javascript:`, `data:`, relative paths) is shown as plain text.
 */
import { h } from './dom.js';

/** Longest URL made into a link; longer ones are shown as text. */
const MAX_URL = 2048;

/** The URL as a safe absolute http(s) URL string, or null. */
export function safeHttpUrl(raw: string): string | null {
  const text = raw.trim();
  if (text.length > MAX_URL || !/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.username !== '' || url.password !== '') return null;
    return url.href;
  } catch {
    return null;
  }
}

/**
 * A link showing its full URL, opened in a new tab without referrer or opener; or plain text
 * when the URL is not http(s).
 */
export function urlNode(raw: string): HTMLElement {
  const href = safeHttpUrl(raw);
  if (href === null) return h('span', { class: 'url-text' }, raw);
  const a = h('a', { rel: 'noopener noreferrer', target: '_blank', class: 'url' }, href);
  a.href = href;
  return a;
}
