/**
 * Cost of each detector: every detector run over every corpus message (parsed once beforehand),
 * microseconds per message, slowest first. A detector that does not reject foreign messages
 * cheaply shows up at the top. `npm run bench -- detectors`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_DETECTORS } from '../src/detectors/order.js';
import { parseMessage } from '../src/mime/parse-message.js';
import { report, type Sample } from './harness.js';

const CORPUS = new URL('../test/fixtures/sisimai/eml/', import.meta.url).pathname;

export async function run(): Promise<void> {
  const messages = readdirSync(CORPUS)
    .sort()
    .map((f) => {
      const m = parseMessage(readFileSync(join(CORPUS, f)));
      void m.flatText;
      void m.headers.get('subject');
      return m;
    });
  const rounds = 5;
  const times = new Map<string, number[]>();
  for (let r = 0; r <= rounds; r++) {
    for (const d of ALL_DETECTORS) {
      const t0 = performance.now();
      for (const m of messages) d.detect(m);
      const ms = performance.now() - t0;
      if (r > 0) times.set(d.id, [...(times.get(d.id) ?? []), ms]);
    }
  }
  const samples: Sample[] = [...times.entries()].map(([id, ts]) => {
    const sorted = [...ts].sort((a, b) => a - b);
    const med = sorted[sorted.length >> 1] as number;
    return { name: `detector ${id}`, runs: ts.length, medianMs: med, minMs: sorted[0] as number, maxMs: sorted[sorted.length - 1] as number, extra: { 'µs/message': ((med * 1000) / messages.length).toFixed(1) } };
  });
  samples.sort((a, b) => b.medianMs - a.medianMs);
  report(`detectors over ${messages.length} corpus messages (each detector on every message)`, samples);
}
