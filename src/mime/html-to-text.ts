/**
 * A small, bounded HTML-to-text conversion for bounces that come only as text/html (Office 365's
 * newer NDRs, some ESPs): block ends become line breaks, tags go, common entities are decoded.
 * Not a renderer; enough for line-oriented detectors and rules.
 */

/** Longest HTML converted; bounce HTML is a few kilobytes. */
const MAX_HTML = 512 * 1024;

const NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', ' '], ['#39', "'"],
]);

/**
 * Converts HTML to plain text.
 * @example htmlToText('<p>a<br>b</p>') // 'a\nb'
 */
export function htmlToText(html: string): string {
  let s = dropElements(html.length > MAX_HTML ? html.slice(0, MAX_HTML) : html);
  s = s.replace(/<(?:br|\/p|\/div|\/tr|\/li|\/h\d|\/table|p|div|tr|li)\b[^>]*>/gi, '\n');
  s = s.replace(/<\/t[dh]\s*>/gi, ' ');
  s = s.replace(/<[^>]{0,2000}>/g, '');
  s = s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8}|#39);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return safeChar(parseInt(k.slice(2), 16), m);
    if (k.startsWith('#') && k !== '#39') return safeChar(parseInt(k.slice(1), 10), m);
    return NAMED.get(k) ?? m;
  });
  s = s.replace(/[ \t\u00a0]+\n/g, '\n').replace(/\n{3,}/g, '\n\n');
  return s.trim();
}

/** Removes script, style and head elements with one forward scan per kind. */
function dropElements(html: string): string {
  let s = html;
  for (const tag of ['script', 'style', 'head']) {
    const lower = s.toLowerCase();
    if (lower.indexOf('<' + tag) < 0) continue;
    let out = '';
    let pos = 0;
    for (;;) {
      const a = lower.indexOf('<' + tag, pos);
      if (a < 0) break;
      out += s.slice(pos, a);
      const b = lower.indexOf('</' + tag, a);
      if (b < 0) {
        pos = s.length;
        break;
      }
      const gt = lower.indexOf('>', b);
      pos = gt < 0 ? s.length : gt + 1;
    }
    s = out + s.slice(pos);
  }
  return s;
}

function safeChar(code: number, fallback: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
