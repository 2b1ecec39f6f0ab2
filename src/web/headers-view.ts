/**
 * Builds the header part of the view model from `analyzeHeaders()`'s result (HeaderAnalysis in
 * src/types.ts): the summary, the hops, one row per authentication verdict with its details in
 * words, alignment, anti-spam verdicts and the findings.
 */
import type { HeaderAnalysis, SpfVerdict } from '../types.js';
import type { AuthRow, FindingView, HeadersView, HopView } from './diagnosis.js';
import { formatDelay } from './format.js';
import { OWNER_LABEL } from './owners.js';

type HeaderAnalysisLike = HeaderAnalysis;
type SpfLike = SpfVerdict;

/** Most rows shown for one list (hops, findings): enough for any real message. */
const MAX_ROWS = 200;

function join(parts: readonly (string | false | null | undefined)[], sep = ' · '): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(sep);
}

function yesNo(v: boolean | null): string {
  return v === null ? 'cannot tell' : v ? 'yes' : 'no';
}

function spfRow(method: string, s: SpfLike): AuthRow {
  return {
    method,
    result: s.result,
    detail: join([s.domain && `${s.identity || 'MailFrom'} domain ${s.domain}`, s.clientIp && `sending IP ${s.clientIp}`, s.comment && `(${s.comment})`]),
  };
}

function authRows(a: HeaderAnalysisLike['auth']): AuthRow[] {
  const rows: AuthRow[] = [];
  // No verdict at all: the panel says so instead of listing empty rows.
  if (a.spf === null && a.spfHelo === null && a.dkim.length === 0 && a.dmarc === null && a.arc === null && a.compauth === null) return rows;
  rows.push(a.spf === null ? { method: 'SPF', result: '', detail: 'not recorded' } : spfRow('SPF', a.spf));
  if (a.spfHelo !== null) rows.push(spfRow('SPF (HELO)', a.spfHelo));
  if (a.dkim.length === 0) rows.push({ method: 'DKIM', result: '', detail: 'not recorded' });
  for (const d of a.dkim.slice(0, 20)) {
    rows.push({ method: 'DKIM', result: d.result, detail: join([d.domain && `signed by ${d.domain}`, d.selector && `selector ${d.selector}`, d.reason && `reason ${d.reason}`, d.comment && `(${d.comment})`]) });
  }
  const m = a.dmarc;
  rows.push(
    m === null
      ? { method: 'DMARC', result: '', detail: 'not recorded' }
      : {
          method: 'DMARC',
          result: m.result,
          detail: join([
            m.headerFrom && `From domain ${m.headerFrom}`,
            m.policy && `policy ${m.policy}`,
            m.action && `action ${m.action}${m.actionMeaning ? ` (${m.actionMeaning})` : ''}`,
            m.disposition && `message ${m.disposition}`,
            m.comment && `(${m.comment})`,
          ]),
        },
  );
  if (a.arc !== null) {
    rows.push({ method: 'ARC', result: a.arc.result, detail: a.arc.seals.length > 0 ? `${a.arc.seals.length} seal(s): ${a.arc.seals.slice(0, 10).map((s) => `i=${s.instance} ${s.domain} cv=${s.cv}`).join(', ')}` : '' });
  }
  if (a.compauth !== null) rows.push({ method: 'compauth', result: a.compauth.result, detail: join([a.compauth.reason && `reason ${a.compauth.reason}`, a.compauth.meaning]) });
  return rows;
}

function hopView(hop: HeaderAnalysisLike['hops'][number]): HopView {
  return {
    from: hop.fromIp !== '' && !hop.from.includes(hop.fromIp) ? join([hop.from, `[${hop.fromIp}]`], ' ') : hop.from,
    by: hop.by,
    with: join([hop.with, hop.clockSkew ? 'clock skew' : '']),
    date: hop.date,
    delaySeconds: hop.delaySeconds,
    provider: hop.provider === '' ? null : hop.provider,
  };
}

function findingView(f: HeaderAnalysisLike['findings'][number]): FindingView {
  return {
    id: f.id,
    severity: f.severity,
    title: f.title,
    detail: f.detail,
    owner: OWNER_LABEL[f.owner] ?? f.owner,
    fix: f.fix,
    evidence: f.evidence.slice(0, 20).map((e) => `${e.where}: ${e.text}`),
  };
}

/**
 * The view of one header analysis.
 *
 * @example
 * ```ts
 * headersView(analyzeHeaders(text)).auth; // [{ method: 'SPF', result: 'none', detail: '...' }, ...]
 * ```
 */
export function headersView(a: HeaderAnalysisLike): HeadersView {
  const s = a.summary;
  const summary = [
    { label: 'Subject', value: s.subject },
    { label: 'From', value: s.from },
    { label: 'To', value: s.to },
    { label: 'Date', value: s.date },
    { label: 'Message-ID', value: s.messageId },
    { label: 'Return-Path', value: s.returnPath },
    { label: 'Delivered after', value: s.deliveredAfterSeconds === null ? '' : formatDelay(s.deliveredAfterSeconds) },
    { label: 'Verdicts recorded by', value: a.auth.trustedFrom === null ? '' : join([a.auth.trustedFrom.authservId, a.auth.trustedFrom.header], ' in ') },
  ].filter((p) => p.value !== '');
  const al = a.alignment;
  const alignment = [
    { label: 'MailFrom (P1)', value: join([al.mailFrom, al.mailFromSource && `from ${al.mailFromSource}`], ' ') },
    { label: 'From (P2)', value: al.from },
    { label: 'DKIM domains', value: al.dkimDomains.join(', ') },
    { label: 'SPF aligned', value: al.mailFrom || al.from ? yesNo(al.spfAligned) : '' },
    { label: 'DKIM aligned', value: al.dkimDomains.length > 0 || al.from ? yesNo(al.dkimAligned) : '' },
    { label: 'Note', value: al.mailFrom || al.from ? al.note : '' },
  ].filter((p) => p.value !== '');
  return {
    summary,
    hops: a.hops.slice(0, MAX_ROWS).map(hopView),
    totalDelaySeconds: a.totalDelaySeconds,
    auth: authRows(a.auth),
    alignment,
    antispam: a.antispam.verdicts.slice(0, MAX_ROWS),
    findings: a.findings.slice(0, MAX_ROWS).map(findingView),
    warnings: [...a.warnings],
  };
}
