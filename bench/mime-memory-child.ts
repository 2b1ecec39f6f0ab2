/**
 * Child process of bench/mime-memory.bench.ts: reads one message file, parses it once (the MIME
 * layer alone, or the whole bounce pipeline) and prints its resident memory before the parse,
 * its peak resident memory (the process's maxRSS) and the parse time, as one JSON line.
 * Usage: node --import tsx bench/mime-memory-child.ts <file> mime|bounce
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseMessage } from '../src/mime/parse-message.js';
import { parseBounceSync } from '../src/parse/parse-bounce.js';

const [file, mode] = process.argv.slice(2);
if (!file || (mode !== 'mime' && mode !== 'bounce')) throw new Error('usage: mime-memory-child.ts <file> mime|bounce');
// warm the code paths on a small message so the figures are the big message's, not start-up's
parseBounceSync(Buffer.from('Subject: x\r\n\r\nhello\r\n'));
const bytes = readFileSync(file);
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const baseRss = process.memoryUsage().rss;
const t0 = performance.now();
let records = 0;
if (mode === 'mime') {
  const m = parseMessage(bytes);
  records = m.flatText.length + m.parts.length;
} else {
  records = parseBounceSync(bytes).records.length;
}
const ms = performance.now() - t0;
const peak = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ bytes: bytes.length, baseRss, peakRss: peak, ms, records }));
