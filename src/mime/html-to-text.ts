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
  s = stripTags(s);
  s = s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8}|#39);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return safeChar(parseInt(k.slice(2), 16), m);
    if (k.startsWith('#') && k !== '#39') return safeChar(parseInt(k.slice(1), 10), m);
    return NAMED.get(k) ?? m;
  });
  s = s
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  return s.trim();
}

/** Tags that end a line of text. */
const BLOCK_TAGS: ReadonlySet<string> = new Set(['br', 'p', '/p', 'div', '/div', 'tr', '/tr', 'li', '/li', '/table', '/h1', '/h2', '/h3', '/h4', '/h5', '/h6']);

/**
 * Replaces tags: block tags by a line break, cell ends by a space, others by nothing. One pass;
 * the position of the next '>' is remembered so a text full of '<' stays linear.
 */
function stripTags(s: string): string {
  let out = '';
  let pos = 0;
  let nextGt = -1;
  for (;;) {
    const lt = s.indexOf('<', pos);
    if (lt < 0) break;
    if (nextGt < lt) nextGt = s.indexOf('>', lt);
    if (nextGt < 0) break; // an unclosed '<': the rest is text
    out += s.slice(pos, lt);
    let j = lt + 1;
    while (j < nextGt && j < lt + 12 && /[a-zA-Z0-9/]/.test(s.charAt(j))) j++;
    const name = s.slice(lt + 1, j).toLowerCase();
    if (BLOCK_TAGS.has(name)) out += '\n';
    else if (name === '/td' || name === '/th') out += ' ';
    pos = nextGt + 1;
  }
  return out + s.slice(pos);
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
