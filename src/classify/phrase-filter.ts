/**
 * A quick "cannot contain" test for the rule tables' phrase lists. A text's signature is the set
 * of its two-character pairs, hashed into a small bitmap; a phrase can only occur in a text whose
 * signature holds every pair of the phrase, so a few bit tests rule out most phrases before any
 * substring search. Never a false "cannot": a phrase that occurs always passes the filter, and
 * the substring search still decides.
 */

/** Bits in a signature (a power of two): pairs are hashed into this many buckets. */
const BITS = 4096;
const SHIFT = 32 - Math.log2(BITS);

/** The bucket of a pair of UTF-16 code units. */
function bucket(a: number, b: number): number {
  return Math.imul((a << 16) | b, 0x9e3779b1) >>> SHIFT;
}

/** A text's pair signature. */
export type Signature = Uint32Array;

/**
 * The signature of `text`: one bit per distinct pair of adjacent characters. Linear.
 * @example mayContain(signatureOf('mailbox is full'), probeOf('box is')) // true
 */
export function signatureOf(text: string): Signature {
  const sig = new Uint32Array(BITS >>> 5);
  let prev = text.length > 0 ? text.charCodeAt(0) : 0;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const h = bucket(prev, c);
    sig[h >>> 5] = (sig[h >>> 5] as number) | (1 << (h & 31));
    prev = c;
  }
  return sig;
}

/** The buckets a phrase is checked by: a few of its pairs, spread over it (none for one character). */
export type Probe = readonly number[];

/** Up to four pairs of `phrase`: its first, last and two inner ones. */
export function probeOf(phrase: string): Probe {
  const n = phrase.length;
  if (n < 2) return [];
  const at = new Set([0, Math.floor((n - 2) / 3), Math.floor((2 * (n - 2)) / 3), n - 2]);
  return [...at].map((i) => bucket(phrase.charCodeAt(i), phrase.charCodeAt(i + 1)));
}

/** False when the text whose signature this is cannot contain the phrase; true when it may. */
export function mayContain(sig: Signature, probe: Probe): boolean {
  for (const h of probe) if (((sig[h >>> 5] as number) & (1 << (h & 31))) === 0) return false;
  return true;
}

/**
 * {@link mayContain} for a probe stored flat: buckets `from` to `to` (exclusive) of `probes`.
 * Lets a list of phrases keep all its probes in one typed array.
 */
export function mayContainRange(sig: Signature, probes: Uint32Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const h = probes[k] as number;
    if (((sig[h >>> 5] as number) & (1 << (h & 31))) === 0) return false;
  }
  return true;
}
