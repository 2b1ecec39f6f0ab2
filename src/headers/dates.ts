/**
 * A tolerant reader for the dates found in Date and Received fields: RFC 5322 dates with or
 * without a day name, seconds or zone; two- and three-digit years; named zones; zones only in a
 * comment ("(UTC)"); asctime; ISO 8601; and SendGrid's Go-style "2018-12-10 11:43:59.610 +0000
 * UTC m=+555016.72". Each oddity leaves a note. A token scanner, no regex over the whole text.
 */

/** A date read from a header. */
export interface ParsedDate {
  /** Milliseconds since the epoch (UTC), or null when the text holds no readable date. */
  readonly ms: number | null;
  /** Oddities met: no zone (read as UTC), two-digit year, ... */
  readonly notes: readonly string[];
}

const MONTHS = new Map<string, number>([
  ['jan', 0], ['feb', 1], ['mar', 2], ['apr', 3], ['may', 4], ['jun', 5],
  ['jul', 6], ['aug', 7], ['sep', 8], ['oct', 9], ['nov', 10], ['dec', 11],
]);

const DAYS = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** Named zones of RFC 5322 plus the common ones seen in comments. Minutes east of UTC. */
const ZONES = new Map<string, number>([
  ['ut', 0], ['utc', 0], ['gmt', 0], ['z', 0], ['wet', 0], ['bst', 60], ['cet', 60], ['cest', 120],
  ['met', 60], ['mest', 120], ['eet', 120], ['eest', 180], ['msk', 180], ['ist', 330], ['jst', 540],
  ['kst', 540], ['hkt', 480], ['sgt', 480], ['aest', 600], ['aedt', 660],
  ['est', -300], ['edt', -240], ['cst', -360], ['cdt', -300], ['mst', -420], ['mdt', -360],
  ['pst', -480], ['pdt', -420], ['akst', -540], ['akdt', -480], ['hst', -600],
]);

const MAX_DATE_CHARS = 200;

// The common, well-formed RFC 5322 date, read in one bounded regex before the general scanner.
const FAST = /^\s*(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?\s+([+-])(\d{2})(\d{2})(?:\s*\([a-z]{1,6}\))?\s*$/i;

function fastDate(t: string): number | null {
  const m = FAST.exec(t);
  if (m === null) return null;
  const mon = MONTHS.get((m[2] as string).toLowerCase());
  if (mon === undefined) return null;
  const day = Number(m[1]);
  const hh = Number(m[4]);
  const mi = Number(m[5]);
  const ss = m[6] === undefined ? 0 : Number(m[6]);
  if (day < 1 || day > 31 || hh > 23 || mi > 59 || ss > 60) return null;
  const zone = (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
  return Date.UTC(Number(m[3]), mon, day, hh, mi, Math.min(ss, 59)) - zone * 60_000;
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  zone: number | null;
  zoneFromComment: number | null;
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function readTime(tok: string, p: Parts): boolean {
  // hh:mm[:ss[.frac]]
  const bits = tok.split(':');
  if (bits.length < 2 || bits.length > 3) return false;
  const [h, m, sRaw] = bits as [string, string, string | undefined];
  if (!isDigits(h) || !isDigits(m) || h.length > 2 || m.length !== 2) return false;
  let sec = 0;
  let frac = 0;
  if (sRaw !== undefined) {
    const dot = sRaw.indexOf('.');
    const whole = dot < 0 ? sRaw : sRaw.slice(0, dot);
    if (!isDigits(whole) || whole.length > 2) return false;
    sec = Number(whole);
    if (dot >= 0) {
      const f = sRaw.slice(dot + 1, dot + 4);
      if (isDigits(f)) frac = Number(f.padEnd(3, '0'));
    }
  }
  p.hour = Number(h);
  p.minute = Number(m);
  p.second = sec;
  p.ms = frac;
  return true;
}

function readNumericZone(tok: string): number | null {
  const sign = tok[0] === '-' ? -1 : tok[0] === '+' ? 1 : 0;
  if (sign === 0) return null;
  const body = tok.slice(1).replace(':', '');
  if (!isDigits(body) || (body.length !== 4 && body.length !== 2)) return null;
  const hh = Number(body.slice(0, 2));
  const mm = body.length === 4 ? Number(body.slice(2)) : 0;
  if (hh > 23 || mm > 59) return null;
  return sign * (hh * 60 + mm);
}

function readIso(tok: string, p: Parts): boolean {
  // yyyy-mm-dd[Thh:mm:ss[.fff][Z|±hh:mm]]
  if (tok.length < 10 || tok[4] !== '-' || tok[7] !== '-') return false;
  const y = tok.slice(0, 4);
  const mo = tok.slice(5, 7);
  const d = tok.slice(8, 10);
  if (!isDigits(y) || !isDigits(mo) || !isDigits(d)) return false;
  p.year = Number(y);
  p.month = Number(mo) - 1;
  p.day = Number(d);
  if (tok.length > 10 && (tok[10] === 't' || tok[10] === 'T')) {
    let rest = tok.slice(11);
    let zone: number | null = null;
    if (rest.endsWith('z')) {
      zone = 0;
      rest = rest.slice(0, -1);
    } else {
      const zi = Math.max(rest.lastIndexOf('+'), rest.lastIndexOf('-'));
      if (zi > 0) {
        zone = readNumericZone(rest.slice(zi));
        rest = rest.slice(0, zi);
      }
    }
    if (!readTime(rest, p)) return false;
    if (zone !== null) p.zone = zone;
  }
  return true;
}

/**
 * Reads a date as written in a Date or Received field.
 *
 * @example
 * parseMailDate('Fri, 25 May 2018 08:21:13 +0000').ms // 1527236473000
 * parseMailDate('25 May 18 08:21').notes // ['two-digit year 18 read as 2018', 'no time zone; read as UTC']
 */
export function parseMailDate(text: string): ParsedDate {
  if (text.length <= 64) {
    const fast = fastDate(text);
    if (fast !== null) return { ms: fast, notes: [] };
  }
  const notes: string[] = [];
  let t = text.length > MAX_DATE_CHARS ? text.slice(0, MAX_DATE_CHARS) : text;
  t = t.toLowerCase();
  const p: Parts = { year: -1, month: -1, day: -1, hour: -1, minute: 0, second: 0, ms: 0, zone: null, zoneFromComment: null };
  // Comments: a zone name inside one is used when no other zone is given.
  let plain = '';
  let depth = 0;
  let comment = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i] as string;
    if (ch === '(') {
      depth++;
      continue;
    }
    if (ch === ')' && depth > 0) {
      depth--;
      if (depth === 0) {
        const z = ZONES.get(comment.trim());
        if (z !== undefined && p.zoneFromComment === null) p.zoneFromComment = z;
        comment = '';
      }
      continue;
    }
    if (depth > 0) comment += ch;
    else plain += ch === ',' ? ' ' : ch;
  }
  for (const tok of plain.split(/[ \t\n]+/)) {
    if (tok === '') continue;
    if (tok.startsWith('m=')) continue; // Go's monotonic clock reading (SendGrid)
    const word = tok.replace(/\.$/, '');
    const w3 = word.slice(0, 3);
    if (DAYS.has(w3) && /^[a-z]+$/.test(word)) continue;
    if (p.month < 0 && MONTHS.has(w3) && /^[a-z]+$/.test(word)) {
      p.month = MONTHS.get(w3) as number;
      continue;
    }
    if (p.year < 0 && p.month < 0 && readIso(word, p)) continue;
    if (word.indexOf(':') > 0 && p.hour < 0 && isDigits(word[0] as string)) {
      if (readTime(word, p)) continue;
    }
    if ((word[0] === '+' || word[0] === '-') && p.zone === null) {
      const z = readNumericZone(word);
      if (z !== null) {
        p.zone = z;
        continue;
      }
    }
    if (isDigits(word)) {
      const n = Number(word);
      if (p.day < 0 && n >= 1 && n <= 31 && (word.length <= 2 || (word.length === 3 && word[0] === '0'))) {
        p.day = n;
        if (word.length === 3) notes.push(`zero-padded day "${word}" read as ${n}`);
      }
      else if (p.year < 0) {
        if (word.length === 4) p.year = n;
        else if (word.length === 3) {
          p.year = 1900 + n;
          notes.push(`three-digit year ${word} read as ${p.year}`);
        } else if (word.length <= 2) {
          p.year = n < 50 ? 2000 + n : 1900 + n;
          notes.push(`two-digit year ${word} read as ${p.year}`);
        }
      }
      continue;
    }
    if (p.zone === null) {
      const z = ZONES.get(word);
      if (z !== undefined) {
        p.zone = z;
        continue;
      }
      if (word.length === 1 && word >= 'a' && word <= 'z') {
        // RFC 5322: military zones are unreliable and are read as -0000.
        p.zone = 0;
        notes.push(`military zone "${word.toUpperCase()}" read as UTC`);
        continue;
      }
    }
  }
  if (p.year < 0 || p.month < 0 || p.day < 0 || p.hour < 0) return { ms: null, notes };
  if (p.month > 11 || p.day > 31 || p.hour > 23 || p.minute > 59 || p.second > 60) return { ms: null, notes: [...notes, 'date fields out of range'] };
  let zone = p.zone;
  if (zone === null) {
    if (p.zoneFromComment !== null) {
      zone = p.zoneFromComment;
    } else {
      zone = 0;
      notes.push('no time zone; read as UTC');
    }
  }
  const ms = Date.UTC(p.year, p.month, p.day, p.hour, p.minute, Math.min(p.second, 59), p.ms) - zone * 60_000;
  if (!Number.isFinite(ms)) return { ms: null, notes };
  return { ms, notes };
}
