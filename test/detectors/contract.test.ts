// The detector contract, run over EVERY detector in the order table (hono-style shared suite):
// null on foreign input, deterministic, no throw on truncated input, same result for CRLF, LF
// and CR line ends, and a well-formed detection when it claims a message. Messages are parsed
// once and shared by all detectors, so the suite stays fast as detectors are added.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_DETECTORS } from '../../src/detectors/order.js';
import { compileMarkers, MarkerScan, markersWellFormed } from '../../src/detectors/markers.js';
import type { Detection } from '../../src/detectors/types.js';
import { parseMessage } from '../../src/mime/parse-message.js';
import type { ParsedMessage } from '../../src/mime/types.js';
import { REASON_IDS, RECORD_KINDS } from '../../src/kb/reasons.js';
import { corpusBytes, corpusFiles, lineEndVariants, PLAIN_MESSAGE } from '../helpers/corpus.js';

interface Sample {
  readonly file: string;
  readonly lf: ParsedMessage;
  readonly lfAgain: ParsedMessage;
  readonly crlf: ParsedMessage;
  readonly cr: ParsedMessage;
  readonly cuts: readonly ParsedMessage[];
}

const files = corpusFiles();
const samples: Sample[] = files.map((file) => {
  const bytes = corpusBytes(file);
  const v = lineEndVariants(bytes);
  return {
    file,
    lf: parseMessage(v.lf),
    lfAgain: parseMessage(v.lf),
    crlf: parseMessage(v.crlf),
    cr: parseMessage(v.cr),
    cuts: [0.1, 0.33, 0.5, 0.77, 0.95].map((f) => parseMessage(bytes.subarray(0, Math.floor(bytes.length * f)))),
  };
});
const foreign: { name: string; message: ParsedMessage }[] = [
  { name: 'plain message', message: parseMessage(PLAIN_MESSAGE) },
  { name: 'empty input', message: parseMessage('') },
  { name: 'blank lines', message: parseMessage('\n\n\n') },
  { name: 'headers only', message: parseMessage('Subject: hello\nFrom: a@example.org\n') },
  ...samples.filter((s) => s.file.startsWith('not-')).map((s) => ({ name: s.file, message: s.lf })),
];

function checkShape(file: string, det: Detection): void {
  assert.ok(det.recipients.length > 0, `${file}: a detection must hold at least one recipient (return null instead)`);
  for (const r of det.recipients) {
    assert.ok(r.recipient === null || (typeof r.recipient === 'string' && r.recipient.includes('@')), `${file}: bad recipient ${String(r.recipient)}`);
    if (r.reason !== undefined) assert.ok((REASON_IDS as readonly string[]).includes(r.reason), `${file}: reason ${r.reason}`);
    if (r.kind !== undefined) assert.ok((RECORD_KINDS as readonly string[]).includes(r.kind), `${file}: kind ${r.kind}`);
    for (const v of [r.status, r.replyCode, r.diagnosticCode, r.remoteMta, r.command, r.action]) assert.ok(v === undefined || typeof v === 'string');
    assert.ok(!(r.diagnosticCode ?? '').includes('\r'), `${file}: CR in diagnosticCode`);
  }
}

test('detector ids are unique kebab-case', () => {
  const ids = ALL_DETECTORS.map((d) => d.id);
  assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.join(', ')}`);
  for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
});

test('the corpus holds the not-bounce samples the suite relies on', () => {
  assert.ok(foreign.length >= 7);
});

for (const d of ALL_DETECTORS) {
  describe(`detector ${d.id}`, () => {
    test('has a description', () => {
      assert.ok(d.description.length > 10);
    });

    test('returns null on foreign input (plain mail, empty, the corpus non-bounces)', () => {
      for (const f of foreign) assert.equal(d.detect(f.message), null, f.name);
    });

    test('claims with well-formed detections, deterministically', () => {
      for (const s of samples) {
        const a = d.detect(s.lf);
        assert.deepEqual(d.detect(s.lfAgain), a, `${s.file}: not deterministic`);
        if (a !== null) checkShape(s.file, a);
      }
    });

    test('does not throw on truncated input', () => {
      for (const s of samples) for (const m of s.cuts) assert.doesNotThrow(() => d.detect(m), s.file);
    });

    // The pipeline does not call a detector whose markers a message lacks: the markers must be
    // shown by every message the detector claims, whole or cut, in every line-end form.
    const markers = d.markers;
    if (markers !== undefined) test('its markers are well formed and present in every message it claims', () => {
      assert.ok(markersWellFormed(markers), 'a body marker empty or too long, a header name not lower case, or a g/y regex');
      const compiled = compileMarkers(markers);
      let claimed = 0;
      for (const s of samples) {
        for (const m of [s.lf, s.crlf, s.cr, ...s.cuts]) {
          const det = d.detect(m);
          if (det === null || det.recipients.length === 0) continue;
          claimed++;
          assert.ok(new MarkerScan(m).shows(compiled), `${s.file}: claimed by ${d.id} but its markers are absent`);
        }
      }
      for (const f of foreign) if (!new MarkerScan(f.message).shows(compiled)) assert.equal(d.detect(f.message), null, f.name);
      assert.ok(claimed > 0, `${d.id} claims no corpus message: the check above tested nothing`);
    });

    test('gives the same result for CRLF, LF and CR line ends', () => {
      for (const s of samples) {
        const lf = d.detect(s.lf);
        assert.deepEqual(d.detect(s.crlf), lf, `${s.file}: CRLF differs from LF`);
        assert.deepEqual(d.detect(s.cr), lf, `${s.file}: CR differs from LF`);
      }
    });
  });
}
