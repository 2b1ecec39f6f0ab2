/**
 * The text/plain half of the human-readable part: the same sections as the HTML half, as plain
 * text that reads well in any mail client (paragraphs wrapped at 76 columns where they have spaces).
 */
import type { Fact, RecipientView, ReportView } from './report-view.js';

const WIDTH = 76;

/** Wraps a paragraph at spaces to `WIDTH` columns, each line starting with `indent`. */
function wrap(text: string, indent = ''): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = indent;
  for (const w of words) {
    if (line.length + w.length + 1 > WIDTH && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += (line.trim() === '' ? '' : ' ') + w;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.join('\n');
}

function facts(list: readonly Fact[], indent: string): string {
  const width = Math.min(24, Math.max(...list.map((f) => f.label.length)) + 1);
  return list.map((f) => wrap(`${(f.label + ':').padEnd(width)} ${f.value}`, indent)).join('\n');
}

function heading(text: string): string {
  return `${text}\n${'-'.repeat(Math.min(WIDTH, text.length * (/[\u3000-\u9fff\uff00-\uffef]/.test(text) ? 2 : 1)))}`;
}

function recipientText(r: RecipientView, v: ReportView): string {
  const t = v.texts;
  const out: string[] = [`  ${r.address}`];
  if (r.serverSaid !== '') out.push(wrap(r.serverSaid, '  '), wrap(r.reply, '    '));
  out.push('', heading(t.headings.cause), wrap(r.cause));
  if (r.retry !== '') out.push('', wrap(r.retry));
  out.push('', heading(t.headings.owner));
  r.parties.forEach((p, i) => {
    const marked = i === r.ownerParty;
    out.push(`  ${marked ? '(X)' : '( )'} ${p}${marked ? `   <-- ${t.actionRequired}` : ''}`);
  });
  out.push(wrap(r.ownerLine, '  '));
  out.push('', heading(t.headings.fix), wrap(r.fix));
  return out.join('\n');
}

/** Writes the plain-text report (LF line ends; the MIME writer makes them CRLF). */
export function renderText(v: ReportView): string {
  const t = v.texts;
  const out: string[] = [v.title, '='.repeat(Math.min(WIDTH, v.title.length * (/[\u3000-\u9fff]/.test(v.title) ? 2 : 1))), '', wrap(v.lead), ''];
  for (const r of v.recipients) out.push(recipientText(r, v), '');
  out.push(heading(t.headings.admin));
  v.recipients.forEach((r, i) => {
    if (i > 0) out.push('');
    out.push(facts(r.facts, '  '));
    for (const a of r.advice) out.push('', wrap(`${a.label}: ${a.value}`, '  '));
    if (r.causeInEnglish !== '') out.push('', wrap(t.inEnglish, '  '), wrap(r.causeInEnglish, '  '));
    if (r.references.length > 0) out.push('', `  ${t.labels.references}:`, ...r.references.map((u) => `    ${u}`));
  });
  out.push('');
  if (v.hops !== null) {
    out.push(heading(t.headings.hops));
    if (v.hops.length === 0) out.push(wrap(t.noHops, '  '));
    v.hops.forEach((h, i) => {
      out.push(`  ${i + 1}. ${h.time}${h.delay !== '' ? `  (+${h.delay})` : ''}`);
      out.push(wrap(`${t.labels.hopFrom}: ${h.from || '-'}  ${t.labels.hopBy}: ${h.by || '-'}${h.with !== '' ? `  ${t.labels.hopWith}: ${h.with}` : ''}`, '     '));
    });
    out.push('');
  }
  out.push(heading(t.headings.original));
  if (v.original.length > 0) out.push(facts(v.original, '  '));
  out.push(wrap(v.originalNote, '  '), '', '--', wrap(v.footer), '');
  return out.join('\n');
}
