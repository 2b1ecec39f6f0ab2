/**
 * The diagnosis as Markdown, for a helpdesk ticket. Untrusted values are put in code spans or
 * escaped, so a hostile NDR cannot add links, images or HTML to the ticket.
 */
import type { Diagnosis, HeadersView, RecipientCard } from './diagnosis.js';
import { formatDelay } from './format.js';
import { safeHttpUrl } from './links.js';
import { OWNER_LABEL } from './owners.js';

/** Longest value kept in the export; longer ones are cut with an ellipsis. */
const MAX_VALUE = 2000;

function cut(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > MAX_VALUE ? `${one.slice(0, MAX_VALUE)}…` : one;
}

/** An inline code span that holds any text, whatever backticks it contains. */
export function mdCode(text: string): string {
  const t = cut(text);
  if (t === '') return '';
  let longest = 0;
  let run = 0;
  for (const ch of t) {
    run = ch === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/**
 * Escapes Markdown and HTML syntax in running text. Text is kept on one line (so list and
 * heading markers at a line start cannot occur); brackets, angle brackets and emphasis marks
 * are escaped, so no link, image, tag or emphasis can form.
 */
export function mdText(text: string): string {
  return cut(text).replace(/[\\`*_{}[\]<>#|~&!]/g, (c) => `\\${c}`);
}

function cardMd(card: RecipientCard, out: string[]): void {
  out.push(`### ${card.recipient !== null ? mdCode(card.recipient) : 'Code ' + mdCode([card.replyCode, card.status].filter(Boolean).join(' ') || '?')}`, '');
  out.push(`- **Outcome:** ${mdText(card.verdict)}`);
  out.push(`- **Cause:** ${mdText(card.cause)}`);
  out.push(`- **Fix-it owner:** ${mdText(OWNER_LABEL[card.owner])}`);
  out.push(`- **How to fix it:** ${mdText(card.fixForSender)}`);
  if (card.status) out.push(`- **Enhanced status code:** ${mdCode(card.status)}`);
  if (card.replyCode) out.push(`- **SMTP reply code:** ${mdCode(card.replyCode)}`);
  if (card.diagnosticCode) out.push(`- **Server reply:** ${mdCode(card.diagnosticCode)}`);
  if (card.remoteMta) out.push(`- **Rejecting server:** ${mdCode(card.remoteMta)}`);
  if (card.reportingMta) out.push(`- **Reporting server:** ${mdCode(card.reportingMta)}`);
  if (card.reason) out.push(`- **Reason:** ${mdCode(card.reason)}`);
  for (const f of card.adminFixes) out.push(`- **${mdText(f.party)}:** ${mdText(f.text)}`);
  if (card.kb !== null) {
    out.push(`- **Knowledge base:** ${mdText(card.kb.title)} (${mdCode(card.kb.id)})`);
    // Only http(s) URLs become links (CommonMark autolinks take any scheme); others stay code.
    for (const r of card.kb.references) {
      const href = safeHttpUrl(r);
      out.push(`  - ${href === null ? mdCode(r) : `<${href}>`}`);
    }
  }
  out.push('');
}

function headersMd(view: HeadersView, out: string[]): void {
  if (view.hops.length > 0) {
    out.push('#### Message hops', '', '| # | From | By | Delay |', '|---|---|---|---|');
    view.hops.forEach((hop, i) => out.push(`| ${i + 1} | ${mdCode(hop.from) || '?'} | ${mdCode(hop.by) || '?'} | ${formatDelay(hop.delaySeconds)} |`));
    if (view.totalDelaySeconds !== null) out.push('', `Total time in transit: ${formatDelay(view.totalDelaySeconds)}`);
    out.push('');
  }
  if (view.auth.length > 0) {
    out.push('#### Authentication', '');
    for (const a of view.auth) out.push(`- **${mdText(a.method)}:** ${mdCode(a.result || 'absent')}${a.detail ? ` — ${mdText(a.detail)}` : ''}`);
    out.push('');
  }
  if (view.findings.length > 0) {
    out.push('#### Findings', '');
    for (const f of view.findings) out.push(`- **${mdText(f.severity)}:** ${mdText(f.title)}${f.fix ? ` — ${mdText(f.fix)}` : ''}`);
    out.push('');
  }
}

/**
 * Renders a diagnosis as Markdown.
 *
 * @example
 * ```ts
 * const md = diagnosisToMarkdown(diagnosis); // '## NDR diagnosis ...'
 * ```
 */
export function diagnosisToMarkdown(d: Diagnosis): string {
  const out: string[] = ['## NDR diagnosis (ndrkit)', ''];
  for (const m of d.messages) {
    if (m.file || m.subject) {
      out.push(`**Message:** ${[m.file && mdCode(m.file), m.subject && `Subject ${mdCode(m.subject)}`].filter(Boolean).join(', ')}`, '');
    }
    for (const card of m.cards) cardMd(card, out);
    if (m.headers !== null) headersMd(m.headers, out);
    for (const w of m.warnings) out.push(`> Note: ${mdText(w)}`);
    if (m.warnings.length > 0) out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
