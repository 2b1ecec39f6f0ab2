/**
 * The human report of a header analysis: summary, hops with delays, authentication as the
 * receiving organisation recorded it (upstream claims apart), alignment, Microsoft's anti-spam
 * stamps value by value, then the findings with who must fix what. Plain text, optional colour.
 */
import type { HeaderAnalysis, HeaderFinding } from '../types.js';
import { splitDuration } from '../headers/duration.js';

/** Options of {@link renderHeadersText}. */
export interface HeadersTextOptions {
  /** ANSI colours (severity, headings). Default false. */
  readonly color?: boolean;
}

function seconds(total: number | null): string {
  if (total === null) return '—';
  const { negative: neg, hours: h, minutes: m, seconds: s } = splitDuration(total, false);
  const out = h > 0 ? `${h}h${String(m).padStart(2, '0')}m${String(s).padStart(2, '0')}s` : m > 0 ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`;
  return (neg ? '-' : '') + out;
}

function cut(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/**
 * Renders a header analysis as text for a terminal.
 *
 * @example
 * renderHeadersText(analyzeHeaders(text)).split('\n')[0] // 'Message'
 */
export function renderHeadersText(a: HeaderAnalysis, options: HeadersTextOptions = {}): string {
  const c = options.color === true;
  const bold = (s: string): string => (c ? `\x1b[1m${s}\x1b[0m` : s);
  const sev = (f: HeaderFinding): string => {
    const label = f.severity.toUpperCase();
    if (!c) return label;
    return f.severity === 'error' ? `\x1b[31m${label}\x1b[0m` : f.severity === 'warning' ? `\x1b[33m${label}\x1b[0m` : `\x1b[36m${label}\x1b[0m`;
  };
  const L: string[] = [];
  const s = a.summary;
  L.push(bold('Message'));
  const row = (k: string, v: string): void => {
    if (v !== '') L.push(`  ${k.padEnd(12)} ${cut(v, 110)}`);
  };
  row('Subject', s.subject);
  row('From', s.from);
  row('Sender', s.sender);
  row('To', s.to);
  row('Return-Path', s.returnPath);
  row('Message-ID', s.messageId);
  row('Date', s.date + (s.dateIso ? `  (${s.dateIso})` : ''));
  if (s.deliveredAfterSeconds !== null) row('Delivered', `${seconds(s.deliveredAfterSeconds)} after the Date`);
  row('Read from', s.source === 'header-block' ? `header block, ${s.fieldCount} fields` : `${s.source === 'rfc822-part' ? "the NDR's attached original message" : 'the NDR\'s "Original message headers"'}, ${s.fieldCount} fields`);

  L.push('');
  L.push(bold(`Hops (${a.hops.length}, first at the top; total ${seconds(a.totalDelaySeconds)})`));
  if (a.hops.length === 0) L.push('  no Received fields');
  for (const h of a.hops) {
    const delay = h.delaySeconds === null ? '' : h.clockSkew ? `${seconds(h.delaySeconds)} CLOCK SKEW` : seconds(h.delaySeconds);
    L.push(`  ${String(h.hop).padStart(2)}. ${delay.padStart(9)}  ${cut(h.by || '(no by)', 60)}${h.provider ? `  [${h.provider}]` : ''}`);
    const from = h.from ? `from ${cut(h.from, 70)}` : '';
    const bits = [from, h.with ? `with ${cut(h.with, 30)}` : '', h.date ? h.date : h.dateText ? `date "${cut(h.dateText, 40)}"` : 'no date'].filter((x) => x !== '');
    L.push(`        ${bits.join('  ')}`);
    if (h.form !== 'standard') L.push(`        form: ${h.form}${h.notes.length ? `; ${h.notes.join('; ')}` : ''}`);
    else if (h.notes.length) L.push(`        ${h.notes.join('; ')}`);
  }

  L.push('');
  const au = a.auth;
  L.push(bold('Authentication') + (au.trustedFrom ? ` (as recorded by ${au.trustedFrom.authservId || 'the receiving Microsoft organisation (no authserv-id)'})` : ' (no Authentication-Results)'));
  if (au.spf) L.push(`  SPF        ${au.spf.result}${au.spf.domain ? ` for ${au.spf.domain}` : ''}${au.spf.identity ? ` (${au.spf.identity})` : ''}${au.spf.clientIp ? ` from ${au.spf.clientIp}` : ''}`);
  if (au.spfHelo) L.push(`  SPF HELO   ${au.spfHelo.result} for ${au.spfHelo.domain}`);
  for (const d of au.dkim) L.push(`  DKIM       ${d.result}${d.domain ? ` for ${d.domain}` : ''}${d.selector ? ` s=${d.selector}` : ''}${d.comment || d.reason ? ` (${cut(d.reason || d.comment, 60)})` : ''}`);
  if (au.dkim.length === 0 && au.signatures.length > 0) L.push(`  DKIM       signed by ${au.signatures.map((x) => `${x.domain} s=${x.selector}`).join(', ')} (no result recorded)`);
  if (au.dmarc) L.push(`  DMARC      ${au.dmarc.result}${au.dmarc.headerFrom ? ` for ${au.dmarc.headerFrom}` : ''}${au.dmarc.policy ? ` p=${au.dmarc.policy}` : ''}${au.dmarc.action ? ` action=${au.dmarc.action}` : ''}${au.dmarc.disposition ? ` → ${au.dmarc.disposition}` : ''}`);
  if (au.compauth) L.push(`  compauth   ${au.compauth.result}${au.compauth.reason ? ` reason=${au.compauth.reason}: ${au.compauth.meaning}` : ''}`);
  if (au.arc) L.push(`  ARC        ${au.arc.result || '(not recorded)'}${au.arc.seals.length ? `; seals ${au.arc.seals.map((x) => `i=${x.instance} cv=${x.cv || '?'} ${x.domain}`).join(', ')}` : ''}`);
  const upstream = au.records.filter((r) => !r.trusted);
  if (upstream.length > 0) {
    L.push(`  Upstream claims (stamped before the final organisation, or forgeable):`);
    for (const r of upstream.slice(0, 8)) L.push(`    ${r.header}${r.authservId ? ` by ${r.authservId}` : ''}: ${cut(r.results.map((m) => `${m.method}=${m.result}`).join(' '), 90) || '(no results)'}`);
    if (upstream.length > 8) L.push(`    … ${upstream.length - 8} more`);
  }

  L.push('');
  const al = a.alignment;
  L.push(bold('Alignment') + ' (relaxed assumed)');
  L.push(`  From (P2)      ${al.from || '—'}${al.fromOrgDomain && al.fromOrgDomain !== al.from ? ` (org ${al.fromOrgDomain})` : ''}`);
  L.push(`  MailFrom (P1)  ${al.mailFrom || '—'}${al.mailFromSource ? ` from ${al.mailFromSource}` : ''}${al.spfAligned === null ? '' : al.spfAligned ? '  aligned' : '  NOT aligned'}`);
  if (al.sender) L.push(`  Sender         ${al.sender}`);
  if (al.dkimDomains.length) L.push(`  DKIM d=        ${al.dkimDomains.join(', ')}${al.dkimAligned === null ? '' : al.dkimAligned ? '  aligned' : '  NOT aligned'}`);

  if (a.antispam.headers.length > 0) {
    L.push('');
    L.push(bold('Microsoft anti-spam'));
    for (const h of a.antispam.headers) {
      L.push(`  ${h.header}`);
      for (const f of h.fields) {
        if (!f.known) continue;
        L.push(`    ${`${f.key}:${cut(f.value, 40)}`.padEnd(28)} ${cut(f.meaning, 90)}`);
      }
      const unknown = h.fields.filter((f) => !f.known);
      if (unknown.length > 0) L.push(`    not documented: ${cut(unknown.map((f) => (f.value ? `${f.key}:${f.value}` : f.key)).join(' '), 100)}`);
    }
  }

  L.push('');
  L.push(bold(`Findings (${a.findings.length})`));
  if (a.findings.length === 0) L.push('  none');
  for (const f of a.findings) {
    L.push(`  ${sev(f)} ${f.id}: ${f.title}`);
    L.push(`    ${f.detail}`);
    L.push(`    Who: ${f.owner}. Fix: ${f.fix}`);
    for (const e of f.evidence.slice(0, 2)) L.push(`    > ${cut(e.text, 140)}`);
  }
  if (a.warnings.length > 0) {
    L.push('');
    L.push(bold('Warnings'));
    for (const w of a.warnings) L.push(`  - ${w}`);
  }
  return L.join('\n') + '\n';
}
