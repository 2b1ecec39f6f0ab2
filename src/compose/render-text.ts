/**
 * The text/plain half of the human-readable part: the same sections as the HTML half, as plain
 * text that reads well in any mail client (paragraphs wrapped at 76 columns where they have spaces).
 */
import type { Fact, RecipientView, ReportView } from './report-view.js';

const WIDTH = 76;

/** Columns a string takes in a fixed-width font: East Asian wide characters take two. */
function columns(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);
    n += wide ? 2 : 1;
  }
  return n;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - columns(text)));
}

/**
 * Wraps a paragraph at spaces to `WIDTH` columns: the first line starts with `indent`, the others
 * with `hang` (the same by default).
 */
function wrap(text: string, indent = '', hang = indent): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = indent;
  let prefix = indent;
  for (const w of words) {
    if (line.length + w.length + 1 > WIDTH && line.length > prefix.length) {
      lines.push(line.trimEnd());
      line = prefix = hang;
    }
    line += (line.length === prefix.length ? '' : ' ') + w;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.join('\n');
}

/** Label-value lines, values aligned in one column and wrapped under it. */
function facts(list: readonly Fact[], indent: string): string {
  const width = Math.min(28, Math.max(...list.map((f) => columns(f.label))) + 1);
  const hang = indent + ' '.repeat(width + 1);
  return list.map((f) => wrap(`${padEnd(f.label + ':', width)} ${f.value}`, indent, hang)).join('\n');
}

function heading(text: string): string {
  return `${text}\n${'-'.repeat(Math.min(WIDTH, columns(text)))}`;
}

function recipientText(r: RecipientView, v: ReportView): string {
  const t = v.texts;
  const out: string[] = [`  ${r.address}`];
  if (r.serverSaid !== '') out.push(wrap(r.serverSaid, '  '), wrap(r.reply, '    '));
  out.push('', heading(t.headings.cause), wrap(r.cause));
  if (r.retry !== '') out.push('', wrap(r.retry));
  out.push('', heading(t.headings.owner));
  r.parties.forEach((p, i) => {
    const mark = r.partyMarks[i];
    const box = mark === 'act' ? '(X)' : mark === 'retrying' ? '(~)' : mark === 'delivered' ? '(+)' : '( )';
    const note = mark === 'act' ? t.actionRequired : mark === 'retrying' ? t.retryingMark : mark === 'delivered' ? t.actions.delivered : '';
    out.push(`  ${box} ${p}${note !== '' ? `   <-- ${note}` : ''}`);
  });
  out.push(wrap(r.ownerLine, '  '));
  // A delivered message has nothing to fix.
  if (r.outcome !== 'delivered') out.push('', heading(t.headings.fix), wrap(r.fix));
  return out.join('\n');
}

/** Writes the plain-text report (LF line ends; the MIME writer makes them CRLF). */
export function renderText(v: ReportView): string {
  const t = v.texts;
  const out: string[] = [v.title, '='.repeat(Math.min(WIDTH, columns(v.title))), '', wrap(v.lead), ''];
  for (const r of v.recipients) out.push(recipientText(r, v), '');
  out.push(heading(t.headings.admin));
  v.recipients.forEach((r, i) => {
    if (i > 0) out.push('');
    out.push(facts(r.facts, '  '));
    // Knowledge-base texts are English; other languages say so once, before them.
    if (t.inEnglish !== '' && (r.causeInEnglish !== '' || r.advice.length > 0)) out.push('', wrap(t.inEnglish, '  '));
    if (r.causeInEnglish !== '') out.push('', wrap(r.causeInEnglish, '  '));
    for (const a of r.advice) out.push('', wrap(`${a.label}: ${a.value}`, '  '));
    if (r.references.length > 0) out.push('', `  ${t.labels.references}:`, ...r.references.map((u) => `    ${u}`));
  });
  out.push('');
  if (v.hops !== null) {
    out.push(heading(t.headings.hops));
    if (v.hops.length === 0) out.push(wrap(t.noHops, '  '));
    v.hops.forEach((h, i) => {
      out.push(`  ${i + 1}. ${h.time}${h.delay !== '' ? `  (+${h.delay})` : ''}`);
      out.push(wrap(`${h.from || '?'} -> ${h.by || '?'}${h.with !== '' ? ` (${h.with})` : ''}`, '     ', '       '));
    });
    out.push('');
  }
  out.push(heading(t.headings.original));
  if (v.original.length > 0) out.push(facts(v.original, '  '));
  out.push(wrap(v.originalNote, '  '), '', '--', wrap(v.footer), '');
  return out.join('\n');
}
