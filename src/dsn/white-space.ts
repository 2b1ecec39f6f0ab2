/**
 * White-space squeezing, shared by the detectors and the classifier: every run of white space
 * (as JavaScript's `\s` defines it) becomes one space.
 */

/**
 * Runs of two or more white-space characters, and single white-space characters other than a
 * space: exactly what `/\s+/g` replaces with a space that changes anything. A plain `/\s+/g`
 * also "replaces" every single space with a space, which made it two to three times slower on
 * report text (measured on the corpus bodies).
 */
const WHITE_SPACE_TO_SQUEEZE = /\s{2,}|[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/**
 * `text` with every run of white space as one space (not trimmed); the same as
 * `text.replace(/\s+/g, ' ')`.
 * @example squeezeWhiteSpace('a \t b\nc') // 'a b c'
 */
export function squeezeWhiteSpace(text: string): string {
  return text.replace(WHITE_SPACE_TO_SQUEEZE, ' ');
}
