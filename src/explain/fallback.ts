/**
 * Generic answers for codes the knowledge base has no entry for: the registry's meaning of the
 * enhanced code (its detail, else its subject, else its class) and the meaning of a basic reply
 * code. These make sure a code never goes unexplained.
 */
import type { ExplainMatch } from '../types.js';
import { REGISTRY_DETAILS, REGISTRY_URL, type RegistryDetail } from '../kb/index.js';
import type { KbIndex } from './kb-index.js';
import { parseEnhanced } from './find-codes.js';

const RFC_URL = 'https://www.rfc-editor.org/rfc/';

function rfcLinks(rfcs: readonly string[]): string[] {
  const out: string[] = [];
  for (const r of rfcs) {
    const m = /^RFC ?(\d{3,5})$/.exec(r);
    if (m) out.push(`${RFC_URL}rfc${m[1]}`);
  }
  return out;
}

/** Each registry detail's RFC links, built once: a detail answer is built for most explained codes. */
const DETAIL_LINKS: ReadonlyMap<RegistryDetail, readonly string[]> = new Map(REGISTRY_DETAILS.map((d) => [d, rfcLinks(d.rfcs)]));

/** How specific a registry answer is: the detail, only the subject, or only the class. */
export type RegistryLevel = 'detail' | 'subject' | 'class';

/**
 * The registry's meaning of `code` (a single enhanced code, not a range) as a match, or null when
 * the class is not 2, 4 or 5. `score` is filled in by the caller.
 */
export function registryMatch(index: KbIndex, code: string, score: number): { match: ExplainMatch; level: RegistryLevel } | null {
  const p = parseEnhanced(code);
  if (!p) return null;
  const cls = index.registryClasses.get(String(p.cls));
  if (!cls) return null;
  const subject = index.registrySubjects.get(p.subject);
  const detail = p.from === p.to ? index.registryDetails.get(`${p.subject}.${p.from}`) : undefined;
  const temporary = cls.digit !== '5';
  const classNote = `${cls.name}: ${cls.meaning}`;
  if (detail && subject) {
    return {
      level: 'detail',
      match: {
        id: `iana-${cls.digit}.${p.subject}.${p.from}`,
        source: 'iana',
        codes: [`${cls.digit}.${p.subject}.${p.from}`],
        replies: [],
        title: `${detail.name} (registry meaning of ${cls.digit}.${p.subject}.${p.from})`,
        cause: `${detail.meaning} ${classNote}`,
        fix: detail.fix ?? subject.fix,
        owner: temporary ? 'none' : detail.owner,
        permanent: !temporary,
        reason: cls.digit === '2' ? 'delivered' : detail.reason,
        references: [REGISTRY_URL, ...(DETAIL_LINKS.get(detail) ?? rfcLinks(detail.rfcs))],
        score,
        matchedCode: code,
        matchedText: '',
      },
    };
  }
  if (subject) {
    return {
      level: 'subject',
      match: {
        id: `iana-${cls.digit}.${p.subject}.x`,
        source: 'iana',
        codes: [`${cls.digit}.${p.subject}.0`],
        replies: [],
        title: `${subject.name} (${code} is not in the registry; its subject and class say this much)`,
        cause: `${subject.meaning} ${classNote}`,
        fix: subject.fix,
        owner: temporary ? 'none' : subject.owner,
        permanent: !temporary,
        reason: cls.digit === '2' ? 'delivered' : subject.reason,
        references: [REGISTRY_URL, `${RFC_URL}rfc3463`],
        score,
        matchedCode: code,
        matchedText: '',
      },
    };
  }
  return {
    level: 'class',
    match: {
      id: `iana-${cls.digit}.x.x`,
      source: 'iana',
      codes: [`${cls.digit}.0.0`],
      replies: [],
      title: `${cls.name} (${code} has an unknown subject; only its class is known)`,
      cause: cls.meaning,
      fix: {},
      owner: temporary ? 'none' : 'recipient-admin',
      permanent: !temporary,
      reason: cls.digit === '2' ? 'delivered' : 'undefined',
      references: [REGISTRY_URL, `${RFC_URL}rfc3463`],
      score,
      matchedCode: code,
      matchedText: '',
    },
  };
}

/**
 * The meaning of a basic reply code as a match, or null when the code is not known. `matchedText`
 * is RFC 5321's standard text for the code when the input holds it.
 */
export function replyCodeMatch(index: KbIndex, basic: string, score: number, matchedText = ''): ExplainMatch | null {
  const r = index.replyCodes.get(basic);
  if (!r) return null;
  return {
    id: `rfc5321-${r.code}`,
    source: 'rfc5321',
    codes: [],
    replies: r.standardTexts ?? [],
    title: `${r.code}: ${r.meaning}`,
    cause:
      matchedText !== ''
        ? `The reply is the standard text RFC 5321 gives for ${r.code}, which any mail server may send. ${r.meaning} It does not say which check failed; the server's log or its postmaster does.`
        : `The reply has only the basic code ${r.code}. ${r.meaning} The server's own words, if any, say more.`,
    fix: {},
    owner: r.owner,
    permanent: r.code.startsWith('5'),
    reason: r.reason,
    references: [`${RFC_URL}rfc5321#section-4.2`],
    score,
    matchedCode: basic,
    matchedText,
  };
}
