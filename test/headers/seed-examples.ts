// Reads the two header examples of the seed's "Why does DMARC fail?" section, byte for byte from
// the fixture copy of the seed, so the tests run on the real text rather than a retyped one.
import { readFileSync } from 'node:fs';

const SEED = new URL('../fixtures/seed/exchange-online-ndr-reference.md', import.meta.url);

/** The fenced code blocks after "##### Header information", in order. */
export function seedHeaderExamples(): string[] {
  const text = readFileSync(SEED, 'utf8').replace(/\r\n/g, '\n');
  const at = text.indexOf('##### Header information');
  if (at < 0) throw new Error('seed: no "Header information" section');
  const out: string[] = [];
  const re = /```[a-z-]*\n([\s\S]*?)```/g;
  re.lastIndex = at;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && out.length < 2) out.push(m[1] as string);
  return out;
}
