/**
 * Parses a header block (RFC 5322 section 2.2) into a {@link HeaderList}. Folded lines are
 * unfolded; a line that is neither a field nor a continuation ends the block, so pasted text with
 * no header at all yields an empty list.
 */
import { decodeBinary } from './charset.js';
import { decodeEncodedWords } from './encoded-word.js';
import { MAX_HEADER_FIELDS, MAX_HEADER_VALUE } from './limits.js';
import type { HeaderField, HeaderList } from './types.js';

/**
 * A field whose value is decoded (RFC 2047, 8-bit) on first read: most fields of a report are
 * never looked at, and decoding them all was a measurable share of parse time.
 */
class Field implements HeaderField {
  readonly name: string;
  private raw: string;
  private decoded: string | undefined;

  constructor(name: string, raw: string) {
    this.name = name;
    this.raw = raw;
  }

  get value(): string {
    if (this.decoded === undefined) {
      this.decoded = decodeEncodedWords(this.raw.trim());
      this.raw = '';
    }
    return this.decoded;
  }

  toJSON(): HeaderField {
    return { name: this.name, value: this.value };
  }
}

/** Up to this many fields, `get` scans the list instead of building the by-name index. */
const SCAN_FIELDS = 8;

class Headers implements HeaderList {
  readonly fields: readonly HeaderField[];
  private readonly rawBlock: string;
  private textCache: string | undefined;
  private index: Map<string, HeaderField[]> | undefined;

  constructor(fields: HeaderField[], rawBlock: string) {
    this.fields = fields;
    this.rawBlock = rawBlock;
  }

  private byName(): Map<string, HeaderField[]> {
    if (this.index) return this.index;
    const m = new Map<string, HeaderField[]>();
    for (const f of this.fields) {
      const a = m.get(f.name);
      if (a) a.push(f);
      else m.set(f.name, [f]);
    }
    this.index = m;
    return m;
  }

  get(name: string): string {
    const key = name.toLowerCase();
    if (this.index === undefined && this.fields.length <= SCAN_FIELDS) {
      // A part's few fields: a scan is cheaper than building the index.
      for (const f of this.fields) if (f.name === key) return f.value;
      return '';
    }
    return this.byName().get(key)?.[0]?.value ?? '';
  }

  getAll(name: string): readonly string[] {
    return (this.byName().get(name.toLowerCase()) ?? []).map((f) => f.value);
  }

  has(name: string): boolean {
    return this.byName().has(name.toLowerCase());
  }

  get text(): string {
    if (this.textCache === undefined) this.textCache = decodeBinary(this.rawBlock, '');
    return this.textCache;
  }
}

/** An empty header list. */
export const EMPTY_HEADERS: HeaderList = new Headers([], '');

/** Length of a valid field name at `start` (up to the colon), or -1. */
function fieldNameEnd(s: string, start: number, lineEnd: number): number {
  const max = Math.min(lineEnd, start + 77);
  for (let i = start; i < max; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3a) return i > start ? i : -1;
    if (c <= 0x20 || c >= 0x7f) {
      // allow blanks between name and colon ("Subject : x"), nothing else
      if (c === 0x20 || c === 0x09) {
        let j = i;
        while (j < max && (s.charCodeAt(j) === 0x20 || s.charCodeAt(j) === 0x09)) j++;
        return j < lineEnd && s.charCodeAt(j) === 0x3a && i > start ? j : -1;
      }
      return -1;
    }
  }
  return -1;
}

/** Result of {@link parseHeaderBlock}: the list and where the body starts. */
export interface HeaderBlock {
  readonly headers: HeaderList;
  /** Index in the input where the body starts. */
  readonly bodyStart: number;
}

/**
 * Reads the header block at the start of `s` (a binary string with "\n" line ends). An mbox
 * `From ` line before the first field is skipped.
 * @example parseHeaderBlock('Subject: hi\n\nbody').headers.get('subject') // 'hi'
 */
export function parseHeaderBlock(s: string, start = 0): HeaderBlock {
  const fields: HeaderField[] = [];
  let pos = start;
  const n = s.length;
  if (s.startsWith('From ', pos)) {
    const e = s.indexOf('\n', pos);
    pos = e < 0 ? n : e + 1;
  }
  const blockStart = pos;
  let name = '';
  let value = '';
  let blockEnd = pos;
  const flush = (): void => {
    if (name === '' || fields.length >= MAX_HEADER_FIELDS) return;
    if (value.length > MAX_HEADER_VALUE) value = value.slice(0, MAX_HEADER_VALUE);
    fields.push(new Field(name, value));
  };
  while (pos < n) {
    let e = s.indexOf('\n', pos);
    if (e < 0) e = n;
    if (e === pos) {
      // blank line: end of block
      blockEnd = pos;
      pos = e + 1;
      flush();
      return { headers: new Headers(fields, s.slice(blockStart, blockEnd)), bodyStart: Math.min(pos, n) };
    }
    const c = s.charCodeAt(pos);
    if ((c === 0x20 || c === 0x09) && name !== '') {
      if (value.length <= MAX_HEADER_VALUE) value += ' ' + s.slice(pos, e).trim();
    } else {
      const colon = fieldNameEnd(s, pos, e);
      if (colon < 0) {
        // not a header line: the block ends here and this line starts the body
        flush();
        return { headers: new Headers(fields, s.slice(blockStart, pos > blockStart ? pos - 1 : pos)), bodyStart: pos };
      }
      flush();
      name = s.slice(pos, colon).trim().toLowerCase();
      value = s.slice(colon + 1, e);
    }
    pos = e + 1;
    blockEnd = e;
  }
  flush();
  return { headers: new Headers(fields, s.slice(blockStart, blockEnd)), bodyStart: n };
}

/**
 * Splits a structured header value (`text/plain; charset="x"`) into its main value (lower case)
 * and parameters (names lower case; RFC 2231 continuations joined, not charset-decoded beyond
 * percent escapes).
 * @example parseParams('text/plain; charset=utf-8').params.get('charset') // 'utf-8'
 */
export function parseParams(value: string): { value: string; params: Map<string, string> } {
  const params = new Map<string, string>();
  const semi = value.indexOf(';');
  const main = (semi < 0 ? value : value.slice(0, semi)).trim().toLowerCase();
  let i = semi < 0 ? value.length : semi + 1;
  const n = value.length;
  while (i < n) {
    while (i < n && (value[i] === ' ' || value[i] === '\t' || value[i] === ';')) i++;
    const eq = value.indexOf('=', i);
    if (eq < 0) break;
    const key = value.slice(i, eq).trim().toLowerCase();
    i = eq + 1;
    while (i < n && value[i] === ' ') i++;
    let v: string;
    if (value[i] === '"') {
      let j = i + 1;
      let acc = '';
      while (j < n && value[j] !== '"') {
        if (value[j] === '\\' && j + 1 < n) j++;
        acc += value[j];
        j++;
      }
      v = acc;
      i = j + 1;
    } else {
      let j = value.indexOf(';', i);
      if (j < 0) j = n;
      v = value.slice(i, j).trim();
      i = j;
    }
    if (key === '' || params.size >= 64) continue;
    const star = key.length <= 80 && key.includes('*') ? /^([^*]*)\*(\d+)?\*?$/.exec(key) : null;
    if (star) {
      const base = star[1] as string;
      let part = v;
      if (key.endsWith('*')) part = part.replace(/^[^']*'[^']*'/, '');
      try {
        part = decodeURIComponent(part);
      } catch {
        /* keep as is */
      }
      params.set(base, (params.get(base) ?? '') + part);
    } else if (!params.has(key)) params.set(key, v);
  }
  return { value: main, params };
}
