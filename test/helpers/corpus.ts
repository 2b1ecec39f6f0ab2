// Shared helpers for tests over the Sisimai corpus in test/fixtures/sisimai.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = new URL('../fixtures/sisimai/eml/', import.meta.url).pathname;
export const EXPECTED_PATH = new URL('../fixtures/sisimai/expected.json', import.meta.url).pathname;

/** Every corpus file name, sorted. */
export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.eml')).sort();
}

/** The bytes of one corpus file. */
export function corpusBytes(name: string): Uint8Array {
  return readFileSync(join(CORPUS_DIR, name));
}

/** Line-end variants of a message: LF, CRLF and CR, from whatever the file uses. */
export function lineEndVariants(bytes: Uint8Array): { lf: Uint8Array; crlf: Uint8Array; cr: Uint8Array } {
  const lf: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x0d) {
      lf.push(0x0a);
      if (bytes[i + 1] === 0x0a) i++;
    } else lf.push(b);
  }
  const crlf: number[] = [];
  const cr: number[] = [];
  for (const b of lf) {
    if (b === 0x0a) {
      crlf.push(0x0d, 0x0a);
      cr.push(0x0d);
    } else {
      crlf.push(b);
      cr.push(b);
    }
  }
  return { lf: Uint8Array.from(lf), crlf: Uint8Array.from(crlf), cr: Uint8Array.from(cr) };
}

/** A deterministic PRNG (mulberry32) for seeded fuzzing. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A plain personal message: no detector may claim it. */
export const PLAIN_MESSAGE = [
  'From: Alice Example <alice@example.org>',
  'To: Bob Example <bob@example.net>',
  'Subject: Lunch on Friday?',
  'Date: Tue, 3 Mar 2026 10:00:00 +0000',
  'Message-ID: <lunch-1@example.org>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hi Bob,',
  '',
  'shall we meet at noon? The place on 550 Main Street is fine by me.',
  'My new address is alice@example.org, by the way.',
  '',
  'Alice',
  '',
].join('\n');
