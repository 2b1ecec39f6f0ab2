/**
 * Authentication as the headers record it: every Authentication-Results-like field parsed, the
 * final receiving organisation's fields marked trusted (the topmost Authentication-Results and
 * the others with its authserv-id; Microsoft's have none), and the SPF / DKIM / DMARC / ARC /
 * compauth verdicts drawn from the trusted ones. Lower fields are kept as upstream claims.
 */
import type {
  ArcVerdict,
  AuthMethodResult,
  AuthResultsRecord,
  CompauthVerdict,
  DkimSignatureInfo,
  DkimVerdict,
  DmarcVerdict,
  HeaderAuth,
  HeaderField,
  SpfVerdict,
  TrustedSource,
} from '../types.js';
import { domainOf } from './addresses.js';
import { parseAuthResults } from './auth-results.js';
import { COMPAUTH_REASON_CLASSES, COMPAUTH_REASONS, DMARC_ACTIONS, DMARC_DISPOSITIONS } from './data/auth-meanings.js';
import { MAX_AUTH_RECORDS } from './limits.js';
import { parseReceivedSpf, parseTagList } from './tag-lists.js';

const AR_NAMES = new Set(['authentication-results', 'arc-authentication-results', 'authentication-results-original', 'x-original-authentication-results', 'x-ms-exchange-authentication-results']);

function own(table: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}

const IP_IN_COMMENT = /(?:sender ip is|designates|client-ip=|ip=)\s*\[?([0-9a-f.:]{3,45})/i;

function prop(r: AuthMethodResult, ...keys: string[]): string {
  for (const k of keys) {
    const v = r.props[k];
    if (v !== undefined && v !== '') return v;
  }
  return '';
}

function spfFrom(r: AuthMethodResult, header: string): SpfVerdict {
  const mailfrom = prop(r, 'smtp.mailfrom', 'smtp.mfrom', 'smtp.mail');
  const helo = prop(r, 'smtp.helo');
  const identity: SpfVerdict['identity'] = mailfrom !== '' ? 'mailfrom' : helo !== '' ? 'helo' : '';
  const raw = mailfrom || helo;
  const domain = raw === '<>' ? '<>' : domainOf(raw);
  const ipm = IP_IN_COMMENT.exec(r.comment);
  return { result: r.result, identity, domain, clientIp: prop(r, 'smtp.client-ip', 'smtp.remote-ip') || (ipm ? (ipm[1] as string) : ''), comment: r.comment, from: header };
}

function dmarcFrom(r: AuthMethodResult): DmarcVerdict {
  const policyM = /\bp=([a-z]+)/i.exec(r.comment);
  const disM = /\bdis=([a-z]+)/i.exec(r.comment);
  const action = prop(r, 'action') || (disM ? (disM[1] as string) : '');
  const a = action.toLowerCase();
  let disposition = '';
  let actionMeaning = '';
  if (prop(r, 'action') !== '' && own(DMARC_ACTIONS, a)) {
    disposition = (DMARC_ACTIONS[a] as { disposition: string }).disposition;
    actionMeaning = (DMARC_ACTIONS[a] as { meaning: string }).meaning;
  } else if (disM && own(DMARC_DISPOSITIONS, a)) {
    disposition = DMARC_DISPOSITIONS[a] as string;
    actionMeaning = `the receiver's disposition (dis=${action.toUpperCase()})`;
  } else if (action !== '') {
    actionMeaning = `action "${action}" is not documented`;
  }
  return {
    result: r.result,
    headerFrom: domainOf(prop(r, 'header.from')) || prop(r, 'header.from').toLowerCase(),
    policy: policyM ? (policyM[1] as string).toUpperCase() : '',
    action,
    disposition,
    actionMeaning,
    comment: r.comment,
  };
}

/** The meaning of a compauth reason code. */
export function compauthMeaning(reason: string): string {
  if (own(COMPAUTH_REASONS, reason)) return COMPAUTH_REASONS[reason] as string;
  const c = reason.charAt(0);
  if (reason.length === 3 && own(COMPAUTH_REASON_CLASSES, c)) return COMPAUTH_REASON_CLASSES[c] as string;
  return reason === '' ? '' : 'reason code not documented';
}

/** What `analyzeAuth` returns beyond the public shape: the Received-SPF fields it used. */
export interface AuthAnalysis {
  readonly auth: HeaderAuth;
  readonly receivedSpf: readonly { readonly fieldIndex: number; readonly result: string; readonly props: Map<string, string> }[];
}

/**
 * Reads every authentication field and picks the trusted verdicts.
 *
 * @example
 * analyzeAuth(fields).auth.dmarc?.result // 'fail'
 */
export function analyzeAuth(fields: readonly HeaderField[], warnings: string[]): AuthAnalysis {
  const parsed: { f: HeaderField; lower: string; p: ReturnType<typeof parseAuthResults> }[] = [];
  const receivedSpf: { fieldIndex: number; result: string; props: Map<string, string>; comment: string }[] = [];
  const signatures: DkimSignatureInfo[] = [];
  const seals: { instance: number; cv: string; domain: string }[] = [];
  for (const f of fields) {
    const lower = f.name.toLowerCase();
    if (AR_NAMES.has(lower)) {
      if (parsed.length >= MAX_AUTH_RECORDS) continue;
      parsed.push({ f, lower, p: parseAuthResults(f.value, lower === 'arc-authentication-results') });
    } else if (lower === 'received-spf') {
      if (receivedSpf.length < MAX_AUTH_RECORDS) {
        const r = parseReceivedSpf(f.value);
        receivedSpf.push({ fieldIndex: f.index, result: r.result, props: r.props, comment: r.comment });
      }
    } else if (lower === 'dkim-signature') {
      if (signatures.length < MAX_AUTH_RECORDS) {
        const t = parseTagList(f.value);
        const l = t.get('l');
        signatures.push({
          fieldIndex: f.index,
          domain: (t.get('d') ?? '').toLowerCase(),
          selector: t.get('s') ?? '',
          algorithm: t.get('a') ?? '',
          bodyLength: l !== undefined && /^\d{1,12}$/.test(l) ? Number(l) : null,
          signedHeaders: (t.get('h') ?? '').toLowerCase().split(':').filter((x) => x !== '').slice(0, 64),
        });
      }
    } else if (lower === 'arc-seal') {
      if (seals.length < MAX_AUTH_RECORDS) {
        const t = parseTagList(f.value);
        const i = Number.parseInt(t.get('i') ?? '', 10);
        if (Number.isFinite(i)) seals.push({ instance: i, cv: (t.get('cv') ?? '').toLowerCase(), domain: (t.get('d') ?? '').toLowerCase() });
      }
    }
  }
  if (parsed.length >= MAX_AUTH_RECORDS) warnings.push(`more than ${MAX_AUTH_RECORDS} Authentication-Results fields; the rest were not read`);

  // Trust: the topmost plain Authentication-Results sets the authserv-id of the final
  // organisation. With none, the topmost ARC-Authentication-Results of the highest instance.
  const top = parsed.find((x) => x.lower === 'authentication-results');
  let trusted: (x: (typeof parsed)[number]) => boolean = () => false;
  if (top !== undefined) {
    const id = top.p.authservId;
    trusted = (x) => x.lower === 'authentication-results' && x.p.authservId === id;
  } else {
    let best: (typeof parsed)[number] | undefined;
    for (const x of parsed) if (x.lower === 'arc-authentication-results' && (best === undefined || (x.p.instance ?? 0) > (best.p.instance ?? 0))) best = x;
    if (best !== undefined) {
      const chosen = best;
      trusted = (x) => x === chosen;
    }
  }
  const records: AuthResultsRecord[] = parsed.map((x) => ({
    header: x.f.name,
    fieldIndex: x.f.index,
    authservId: x.p.authservId,
    instance: x.p.instance,
    results: x.p.results,
    strays: x.p.strays,
    trusted: trusted(x),
    raw: x.f.value,
  }));
  const trustedResults: AuthMethodResult[] = [];
  let trustedFrom: TrustedSource | null = null;
  for (const r of records) {
    if (!r.trusted) continue;
    if (trustedFrom === null) trustedFrom = { header: r.header, fieldIndex: r.fieldIndex, authservId: r.authservId };
    for (const m of r.results) trustedResults.push(m);
  }
  const fieldName = trustedFrom?.header ?? 'Authentication-Results';

  // SPF: the MailFrom result first; HELO kept apart (one A-R may hold both).
  const spfs = trustedResults.filter((m) => m.method === 'spf');
  let spf: SpfVerdict | null = null;
  let spfHelo: SpfVerdict | null = null;
  for (const m of spfs) {
    const v = spfFrom(m, fieldName);
    if (v.identity === 'helo') spfHelo ??= v;
    else spf ??= v;
  }
  if (spf === null && spfHelo !== null) spf = spfHelo;
  if (spf === null && receivedSpf.length > 0) {
    const r = receivedSpf[0] as (typeof receivedSpf)[number];
    const env = r.props.get('envelope-from') ?? r.props.get('smtp.mailfrom') ?? '';
    const helo = r.props.get('helo') ?? '';
    const m = /domain of\s+(\S+)/i.exec(r.comment);
    const d = env !== '' ? (env === '<>' ? '<>' : domainOf(env)) : m ? domainOf(m[1] as string) : '';
    spf = { result: r.result, identity: env !== '' ? 'mailfrom' : helo !== '' ? 'helo' : '', domain: d, clientIp: r.props.get('client-ip') ?? '', comment: r.comment, from: 'Received-SPF' };
  }

  const dkim: DkimVerdict[] = [];
  for (const m of trustedResults) {
    if (m.method !== 'dkim') continue;
    let d = prop(m, 'header.d');
    if (d.toLowerCase() === 'none') d = '';
    if (d === '') d = domainOf(prop(m, 'header.i'));
    dkim.push({ result: m.result, domain: d.toLowerCase(), selector: prop(m, 'header.s'), comment: m.comment, reason: m.reason });
  }

  const dm = trustedResults.find((m) => m.method === 'dmarc');
  const dmarc = dm ? dmarcFrom(dm) : null;
  const ca = trustedResults.find((m) => m.method === 'compauth');
  const compauth: CompauthVerdict | null = ca ? { result: ca.result, reason: ca.reason, meaning: compauthMeaning(ca.reason) } : null;
  const arcR = trustedResults.find((m) => m.method === 'arc');
  seals.sort((a, b) => a.instance - b.instance);
  const arc: ArcVerdict | null = arcR !== undefined || seals.length > 0 ? { result: arcR?.result ?? '', seals } : null;

  return {
    auth: { spf, spfHelo: spf === spfHelo ? null : spfHelo, dkim, dmarc, arc, compauth, trustedFrom, records, signatures },
    receivedSpf,
  };
}
