/**
 * The knowledge base's lookup structures, built once when the module loads: entries by exact
 * code, the range entries, the literal-reply matcher, and the registry by detail, subject and
 * class. Read-only after construction; no module-level mutable state.
 */
import type { KbEntry } from '../kb/types.js';
import {
  ALL_ENTRIES,
  REGISTRY_CLASSES,
  REGISTRY_DETAILS,
  REGISTRY_SUBJECTS,
  REPLY_CODES,
  type RegistryClass,
  type RegistryDetail,
  type RegistrySubject,
  type ReplyCode,
} from '../kb/index.js';
import { parseEnhanced } from './find-codes.js';
import { LiteralMatcher } from './literal-matcher.js';

/** An entry whose code is a range (`4.7.500-699`). */
export interface RangeEntry {
  readonly index: number;
  readonly code: string;
  readonly cls: number;
  readonly subject: number;
  readonly from: number;
  readonly to: number;
}

/** Everything the engine looks things up in. */
export interface KbIndex {
  readonly entries: readonly KbEntry[];
  /** Exact code (or range as written) -> entry indexes, in table order. */
  readonly byCode: ReadonlyMap<string, readonly number[]>;
  readonly ranges: readonly RangeEntry[];
  /**
   * The literal replies: those of `entries` (hit entry = entry index), then RFC 5321's standard
   * texts (hit entry = `entries.length` + index into `standardReplyCodes`).
   */
  readonly literals: LiteralMatcher;
  /** The basic code of each standard text in `literals`, in order after the entries. */
  readonly standardReplyCodes: readonly string[];
  /** `subject.detail` (`7.1`) -> registry detail. */
  readonly registryDetails: ReadonlyMap<string, RegistryDetail>;
  readonly registrySubjects: ReadonlyMap<number, RegistrySubject>;
  readonly registryClasses: ReadonlyMap<string, RegistryClass>;
  readonly replyCodes: ReadonlyMap<string, ReplyCode>;
}

/** Builds the index over a table of entries (the whole knowledge base by default). */
export function buildKbIndex(entries: readonly KbEntry[] = ALL_ENTRIES): KbIndex {
  const byCode = new Map<string, number[]>();
  const ranges: RangeEntry[] = [];
  entries.forEach((e, index) => {
    for (const code of e.codes) {
      const list = byCode.get(code);
      if (list) list.push(index);
      else byCode.set(code, [index]);
      const p = parseEnhanced(code);
      if (p && p.to > p.from) ranges.push({ index, code, cls: p.cls, subject: p.subject, from: p.from, to: p.to });
    }
  });
  const standard = REPLY_CODES.flatMap((r) => (r.standardTexts ?? []).map((text) => ({ code: r.code, text })));
  const standardTexts = standard.map((s) => s.text);
  return {
    entries,
    byCode,
    ranges,
    literals: new LiteralMatcher([...entries.map((e) => e.replies), ...standard.map((s) => [s.text])], standardTexts),
    standardReplyCodes: standard.map((s) => s.code),
    registryDetails: new Map(REGISTRY_DETAILS.map((d) => [`${d.subject}.${d.detail}`, d])),
    registrySubjects: new Map(REGISTRY_SUBJECTS.map((s) => [s.subject, s])),
    registryClasses: new Map(REGISTRY_CLASSES.map((c) => [c.digit, c])),
    replyCodes: new Map(REPLY_CODES.map((r) => [r.code, r])),
  };
}
