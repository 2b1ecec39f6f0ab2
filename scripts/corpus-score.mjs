// Scores `ndr parse --jsonl` output against a corpus's expected.json: the project's own copy of
// the pairing rules of the shared score-corpus tool (files matched by base name; records paired
// with expected recipients by address where both have one, then in order), so the corpus test
// and `npm run score` work from a clone without ../shared.
import path from 'node:path';

const lc = (s) => (s ?? '').toString().trim().toLowerCase();
/** Sisimai's own pseudo status codes (x.0.9xx), set when a report states no status. */
const PSEUDO_STATUS = /^[45]\.0\.9\d\d$/;
const FIELDS = [['status', 'status'], ['replycode', 'replyCode'], ['reason', 'reason'], ['hardbounce', 'hardBounce'], ['recipient', 'recipient']];

/**
 * @param {{ emails: { file: string, recipients: Record<string, unknown>[] }[] }} expected
 * @param {Record<string, unknown>[]} results records as printed by `ndr parse --jsonl`
 */
export function scoreCorpus(expected, results) {
  const got = new Map();
  for (const r of results) {
    const f = path.basename(String(r.file ?? '').replace(/#\d+$/, ''));
    if (!got.has(f)) got.set(f, []);
    if (r.kind !== 'not-bounce') got.get(f).push(r);
  }
  const ok = Object.fromEntries(FIELDS.map(([f]) => [f, [0, 0]]));
  // status agreement on the records whose expected status is one a report can state
  ok['status-stated'] = [0, 0];
  let falsePositives = 0;
  let filesAllOk = 0;
  const failures = [];
  for (const e of expected.emails) {
    const recs = [...(got.get(e.file) ?? [])];
    if (e.recipients.length === 0) {
      if (recs.length) { falsePositives++; failures.push({ file: e.file, problem: `not a bounce, but ${recs.length} record(s)` }); } else filesAllOk++;
      continue;
    }
    let fileOk = recs.length === e.recipients.length;
    if (!fileOk) failures.push({ file: e.file, problem: `${recs.length} record(s) reported, ${e.recipients.length} expected` });
    for (const x of e.recipients) {
      let i = x.recipient ? recs.findIndex((r) => lc(r.recipient) === lc(x.recipient)) : -1;
      if (i < 0) i = 0;
      const r = recs.splice(i, 1)[0];
      if (!r) { fileOk = false; continue; }
      const diffs = {};
      for (const [f, g] of FIELDS) {
        if (f === 'recipient' && !x.recipient) continue;
        const want = f === 'hardbounce' ? Boolean(x[f]) : lc(x[f]);
        const have = f === 'hardbounce' ? r[g] === true : lc(r[g]);
        const good = want === have;
        ok[f][good ? 0 : 1]++;
        if (f === 'status' && !PSEUDO_STATUS.test(String(x[f] ?? ''))) ok['status-stated'][good ? 0 : 1]++;
        if (!good) { diffs[f] = { expected: x[f], got: r[g] ?? null }; fileOk = false; }
      }
      if (Object.keys(diffs).length) failures.push({ file: e.file, recipient: x.recipient ?? r.recipient ?? null, diffs });
    }
    if (fileOk) filesAllOk++;
  }
  const rate = Object.fromEntries(Object.entries(ok).map(([f, [g, b]]) => [f, g + b ? g / (g + b) : 0]));
  return { files: expected.emails.length, filesAllOk, falsePositives, counts: ok, rate, failures };
}
