// The Microsoft knowledge-base tables: shape checks on every entry, and a check against the seed
// document itself: every row of its code table must be covered by a seed entry that carries the
// row's codes and its literal reply texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { EXCHANGE_ONLINE_ENTRIES } from '../../src/kb/exchange-online.js';
import { MICROSOFT_MORE_ENTRIES } from '../../src/kb/microsoft-more.js';
import { ALL_ENTRIES } from '../../src/kb/index.js';
import { OWNERS, isReasonId } from '../../src/kb/reasons.js';
import type { KbEntry, KbFix } from '../../src/kb/types.js';

const SEED_PATH = new URL('../fixtures/seed/exchange-online-ndr-reference.md', import.meta.url);
const MSDOCS_DIR = new URL('../fixtures/msdocs/', import.meta.url);

const ALL: readonly KbEntry[] = [...EXCHANGE_ONLINE_ENTRIES, ...MICROSOFT_MORE_ENTRIES];

/** One enhanced code (`5.7.1`) or a range in the table's notation (`4.7.500-699`). */
const CODE_RE = /^([245])\.(\d{1,3})\.(\d{1,3})(?:-(\d{1,3}))?$/;
const BASIC_RE = /^[245]\d\d$/;

const ID_PREFIX: Readonly<Record<string, string>> = { 'exchange-online': 'exo-', 'exchange-server': 'exs-' };

const FIX_FOR_OWNER: Readonly<Record<string, keyof KbFix | undefined>> = {
  sender: 'sender',
  'sender-admin': 'senderAdmin',
  'recipient-admin': 'recipientAdmin',
  service: 'service',
  none: undefined,
};

test('entry ids are unique and carry the source prefix', () => {
  const seen = new Set<string>();
  for (const e of ALL) {
    assert.ok(!seen.has(e.id), `duplicate id ${e.id}`);
    seen.add(e.id);
    const prefix = ID_PREFIX[e.source];
    assert.ok(prefix !== undefined, `${e.id}: unexpected source ${e.source}`);
    assert.ok(e.id.startsWith(prefix), `${e.id}: id must start with ${prefix}`);
    assert.match(e.id, /^[a-z]{3}-[a-z0-9.-]+$/, `${e.id}: id must be lower-case code and slug`);
    const first = e.codes[0];
    if (first !== undefined) assert.ok(e.id.startsWith(prefix + first), `${e.id}: id must start with its first code ${first}`);
  }
});

test('every code is x.y.z or a range x.y.a-b with a < b, and basic codes are three digits', () => {
  for (const e of ALL) {
    for (const code of e.codes) {
      const m = CODE_RE.exec(code);
      assert.ok(m, `${e.id}: bad code ${code}`);
      if (m[4] !== undefined) assert.ok(Number(m[3]) < Number(m[4]), `${e.id}: range ${code} must go up`);
    }
    assert.equal(new Set(e.codes).size, e.codes.length, `${e.id}: repeated code`);
    for (const b of e.basic ?? []) assert.match(b, BASIC_RE, `${e.id}: bad basic code ${b}`);
  }
});

test('reason and owner are known ids, and the owner has a fix to apply', () => {
  for (const e of ALL) {
    assert.ok(isReasonId(e.reason), `${e.id}: unknown reason ${e.reason}`);
    assert.ok((OWNERS as readonly string[]).includes(e.owner), `${e.id}: unknown owner ${e.owner}`);
    const key = FIX_FOR_OWNER[e.owner];
    const fixes = Object.values(e.fix).filter((v): v is string => typeof v === 'string');
    assert.ok(fixes.length > 0, `${e.id}: no fix at all`);
    for (const f of fixes) assert.ok(f.trim().length >= 10, `${e.id}: fix text too short: ${f}`);
    if (key !== undefined) assert.ok((e.fix[key] ?? '').trim().length > 0, `${e.id}: owner ${e.owner} has no fix.${key}`);
  }
});

test('title and cause are written, replies are clean and the entry can be found', () => {
  for (const e of ALL) {
    assert.ok(e.title.trim().length > 0 && e.title.length <= 80, `${e.id}: title empty or too long`);
    assert.ok(!e.title.endsWith('.'), `${e.id}: title should not end with a period`);
    assert.ok(e.cause.trim().length >= 30, `${e.id}: cause too short`);
    assert.ok(e.codes.length > 0 || e.replies.length > 0, `${e.id}: neither code nor reply: unreachable`);
    assert.equal(new Set(e.replies).size, e.replies.length, `${e.id}: repeated reply`);
    for (const r of e.replies) {
      assert.equal(r, r.trim(), `${e.id}: reply with outer whitespace: "${r}"`);
      assert.ok(r.length >= 8, `${e.id}: reply too short to identify anything: "${r}"`);
    }
  }
});

test('permanent follows the reply: the basic code when documented, else the code class', () => {
  for (const e of ALL) {
    const basic = new Set((e.basic ?? []).map((b) => b[0]));
    const classes = new Set(e.codes.map((c) => c[0]));
    // Mixed basic codes (450 and 550 both seen) decide nothing; neither does an entry without codes.
    const decisive = basic.size === 1 ? basic : basic.size === 0 ? classes : new Set<string>();
    if (decisive.size !== 1) continue;
    const cls = [...decisive][0];
    assert.equal(e.permanent, cls === '5', `${e.id}: class ${cls} means permanent=${cls === '5'}`);
  }
});

test('only the seed table entries are marked seedRow', () => {
  for (const e of MICROSOFT_MORE_ENTRIES) assert.notEqual(e.seedRow, true, `${e.id} is not a row of the seed table`);
  for (const e of EXCHANGE_ONLINE_ENTRIES) assert.equal(e.seedRow, true, `${e.id} lives in the seed table file`);
});

// Across sources the same text may mean different things (5.1.8 "Access denied, bad outbound
// sender" is a spam restriction in Exchange Online and a rate limit on Exchange Server): there
// the generating system decides, not the text.
test('entries of one source that share a code never share a reply, so the text can decide', () => {
  for (let i = 0; i < ALL.length; i++) {
    const a = ALL[i];
    if (a === undefined) continue;
    for (const b of ALL.slice(i + 1)) {
      if (a.source !== b.source || !a.codes.some((c) => b.codes.includes(c))) continue;
      const shared: string[] = a.replies.filter((r) => b.replies.some((o) => o.toLowerCase() === r.toLowerCase()));
      assert.deepEqual(shared, [], `${a.id} and ${b.id} share code and reply`);
    }
  }
});

test('references are absolute https URLs', () => {
  for (const e of ALL) {
    assert.ok(e.references.length > 0, `${e.id}: no reference`);
    for (const ref of e.references) {
      const u = new URL(ref);
      assert.equal(u.protocol, 'https:', `${e.id}: ${ref}`);
      assert.ok(!u.pathname.endsWith('.md'), `${e.id}: ${ref} still ends in .md`);
    }
  }
});

interface SeedRow {
  readonly line: string;
  readonly codes: readonly string[];
  readonly basic: readonly string[];
  readonly literals: readonly string[];
}

/** Reads the code cell of a seed row: `432&nbsp;4.3.2`, `5.4.6 or 5.4.14`, `5.7.13 or 135`, `n/a`. */
function parseCodeCell(cell: string): { codes: string[]; basic: string[] } {
  const tokens = cell
    .replace(/&nbsp;/g, ' ')
    .replace(/<br\s*\/?>/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0);
  const codes: string[] = [];
  const basic: string[] = [];
  let afterOr = false;
  for (const t of tokens) {
    if (t === 'or') {
      afterOr = true;
      continue;
    }
    const prev = codes[codes.length - 1];
    if (CODE_RE.test(t)) codes.push(t);
    else if (afterOr && /^\d{1,3}$/.test(t) && prev !== undefined) {
      // "5.7.13 or 135": the short form keeps the class and subject of the code before it.
      codes.push(prev.split('.').slice(0, 2).join('.') + '.' + t);
    } else if (BASIC_RE.test(t)) basic.push(t);
    else assert.equal(t, 'n/a', `unexpected token in code cell: ${t}`);
    afterOr = false;
  }
  return { codes, basic };
}

function readSeedRows(): SeedRow[] {
  const lines = readFileSync(SEED_PATH, 'utf8').split('\n');
  const header = lines.findIndex((l) => l.startsWith('|Error code|'));
  assert.ok(header >= 0, 'seed table header not found');
  assert.match(lines[header + 1] ?? '', /^\|---/, 'seed table separator missing');
  const rows: SeedRow[] = [];
  for (let i = header + 2; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.startsWith('|')) break;
    const cells = line.split('|').slice(1, -1);
    assert.ok(cells.length >= 3, `seed row with too few cells: ${line.slice(0, 60)}`);
    const { codes, basic } = parseCodeCell(cells[0] ?? '');
    // Some literals are printed with U+202F (narrow no-break space) between words; SMTP replies
    // are US-ASCII, so the knowledge base stores plain spaces and the comparison folds them.
    const literals = [...(cells[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => (m[1] ?? '').replace(/\s+/g, ' ').trim());
    assert.ok(literals.length > 0, `seed row without a literal reply: ${line.slice(0, 60)}`);
    rows.push({ line: line.slice(0, 70), codes, basic, literals });
  }
  return rows;
}

test('the seed table parser reads the awkward code cells', () => {
  assert.deepEqual(parseCodeCell('432&nbsp;4.3.2'), { codes: ['4.3.2'], basic: ['432'] });
  assert.deepEqual(parseCodeCell('5.7.13 or 135'), { codes: ['5.7.13', '5.7.135'], basic: [] });
  assert.deepEqual(parseCodeCell('5.4.6 or 5.4.14'), { codes: ['5.4.6', '5.4.14'], basic: [] });
  assert.deepEqual(parseCodeCell('5.7.705 <br/><br/> 5.7.708'), { codes: ['5.7.705', '5.7.708'], basic: [] });
  assert.deepEqual(parseCodeCell('4.7.500-699'), { codes: ['4.7.500-699'], basic: [] });
  assert.deepEqual(parseCodeCell('n/a'), { codes: [], basic: [] });
});

test('every row of the seed code table is covered by seed entries with its codes and literal replies', () => {
  const rows = readSeedRows();
  // The seed (ms.date 08/02/2023) has 68 rows; a different count means the fixture changed.
  assert.equal(rows.length, 68);
  const seedEntries = ALL.filter((e) => e.seedRow === true);
  const matchedBy = new Map<string, string>();
  for (const row of rows) {
    // An entry belongs to a row when it shares the row's codes (or both have none) and carries
    // one of the row's literal texts: the text decides between rows that reuse a code (5.7.1).
    const mine = seedEntries.filter(
      (e) =>
        (row.codes.length === 0 ? e.codes.length === 0 : e.codes.some((c) => row.codes.includes(c))) &&
        row.literals.some((l) => e.replies.includes(l)),
    );
    assert.ok(mine.length > 0, `no seed entry for row ${row.line}`);
    for (const e of mine) {
      for (const c of e.codes) assert.ok(row.codes.includes(c), `${e.id} claims ${c}, not in row ${row.line}`);
      for (const b of row.basic) assert.ok(e.basic?.includes(b), `${e.id} lacks basic code ${b} of row ${row.line}`);
      const other = matchedBy.get(e.id);
      assert.ok(other === undefined, `${e.id} matches two rows: ${other} and ${row.line}`);
      matchedBy.set(e.id, row.line);
    }
    if (mine.length > 1) {
      // A row is split only when it holds several codes with texts of their own (5.7.705 and
      // 5.7.708): then each entry takes a different code of the row.
      assert.equal(mine.length, row.codes.length, `row ${row.line} has ${mine.length} entries for ${row.codes.length} codes`);
      assert.ok(mine.every((e) => e.codes.length === 1), `split row ${row.line}: one code per entry`);
    }
    const covered = new Set(mine.flatMap((e) => e.codes));
    for (const c of row.codes) assert.ok(covered.has(c), `code ${c} of row ${row.line} not covered`);
    for (const lit of row.literals) {
      // A literal that starts with a code ("5.7.705 Access denied, ...") must sit on that code's entry.
      const lead = /^(\d\.\d{1,3}\.\d{1,3}) /.exec(lit)?.[1];
      const holders = mine.filter((e) => e.replies.includes(lit) && (lead === undefined || e.codes.includes(lead)));
      assert.ok(holders.length > 0, `literal "${lit}" of row ${row.line} is not in the replies of its entry`);
    }
  }
  assert.equal(matchedBy.size, seedEntries.length, 'some seedRow entries match no row of the seed table');
  // 68 rows, one of them (5.7.705 / 5.7.708) split in two entries.
  assert.equal(seedEntries.length, rows.length + 1);
});

/**
 * Samples copied from Microsoft's pages. The file name starts with the code the sample is about;
 * an entry for that code must carry a literal reply that appears in the sample, so the explain
 * engine can find it from the text alone. Two samples carry no reply text at all. The whole
 * knowledge base counts here: the Outlook.com sample (5.7.515) is covered by providers.ts.
 */
const NO_REPLY_TEXT = new Map<string, string>([
  ['_template_diagnostic-information-for-administrators.txt', 'the empty NDR layout, placeholders only'],
  ['5.7.367_relay-pool_auth-results-examples.txt', 'Authentication-Results headers only; no NDR text'],
]);

test('every msdocs sample holds a literal reply of an entry for its code', () => {
  const files = readdirSync(MSDOCS_DIR).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length === 39, 'the msdocs sample set changed: review this test');
  for (const file of files) {
    if (NO_REPLY_TEXT.has(file)) continue;
    const text = readFileSync(new URL(file, MSDOCS_DIR), 'utf8').toLowerCase();
    const lead = /^(\d\.\d{1,3}\.\d{1,3}(?:-\d{1,3})?)_/.exec(file)?.[1];
    const hits = ALL_ENTRIES.filter((e) => e.replies.some((r) => text.includes(r.toLowerCase())));
    assert.ok(hits.length > 0, `${file}: no entry reply appears in it`);
    if (lead !== undefined) {
      const right = hits.filter((e) => e.codes.includes(lead));
      assert.ok(right.length > 0, `${file}: no entry for ${lead} has a reply in it (found: ${hits.map((e) => e.id).join(', ')})`);
    }
  }
});
