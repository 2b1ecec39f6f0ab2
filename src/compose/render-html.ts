/**
 * The text/html half of the human-readable part, built for mail clients: tables for layout, inline
 * styles, no scripts, no images, no remote resources. A `prefers-color-scheme: dark` style block is
 * progressive enhancement for the clients that honour it; the inline styles alone read well.
 *
 * Every value is escaped, whatever its source: values from the original message are hostile.
 */
import type { Fact, RecipientView, ReportView } from './report-view.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

const FONT = "-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const MONO = "ui-monospace,Consolas,'Courier New',monospace";

/** Accent colour of the top bar per outcome. */
const ACCENT = { failed: '#c62828', delayed: '#b26a00', delivered: '#2e7d32' } as const;

const DARK_STYLE = `<style>
:root{color-scheme:light dark;supported-color-schemes:light dark}
@media (prefers-color-scheme: dark){
.ndr-outer{background:#121212!important}
.ndr-card{background:#1e1f22!important;color:#e4e4e4!important;border-left-color:#3a3b3f!important;border-right-color:#3a3b3f!important;border-bottom-color:#3a3b3f!important}
.ndr-title-failed{color:#ff7b72!important}
.ndr-title-delayed{color:#f0b35a!important}
.ndr-title-delivered{color:#7ee787!important}
.ndr-sep{border-top-color:#3a3b3f!important}
.ndr-muted{color:#a8a8a8!important}
.ndr-code{background:#2a2c30!important;color:#e4e4e4!important;border-color:#3a3b3f!important}
.ndr-party{background:#2a2c30!important;color:#d0d0d0!important;border-color:#4a4b50!important}
.ndr-party-act{background:#4a1c1c!important;color:#ffd5d5!important;border-color:#ef5350!important}
.ndr-party-retry{background:#3d2c0e!important;color:#ffe0b2!important;border-color:#f0b35a!important}
.ndr-party-ok{background:#173a1c!important;color:#c8e6c9!important;border-color:#66bb6a!important}
.ndr-row td,.ndr-row th{border-color:#3a3b3f!important}
.ndr-card a{color:#8ab4f8!important}
}
</style>`;

function h2(text: string): string {
  return `<h2 style="margin:22px 0 8px 0;font-size:17px;line-height:1.3;font-weight:600;">${escapeHtml(text)}</h2>`;
}

function p(text: string, extra = ''): string {
  return `<p style="margin:0 0 10px 0;${extra}">${escapeHtml(text)}</p>`;
}

function code(text: string): string {
  return `<div class="ndr-code" style="margin:4px 0 10px 0;padding:8px 10px;background:#f4f5f7;border:1px solid #e1e3e6;border-radius:4px;font-family:${MONO};font-size:13px;line-height:1.45;word-break:break-all;overflow-wrap:anywhere;">${escapeHtml(text)}</div>`;
}

/** Cell styles and dark-mode class per mark of the owner graphic. */
const PARTY_STYLE = {
  act: { cls: 'ndr-party-act', style: 'background:#fdecea;color:#8e1c1c;border:2px solid #c62828;font-weight:600;', icon: '&#9888;' },
  retrying: { cls: 'ndr-party-retry', style: 'background:#fff4e0;color:#7a4a00;border:2px solid #b26a00;font-weight:600;', icon: '&#8635;' },
  delivered: { cls: 'ndr-party-ok', style: 'background:#e8f5e9;color:#1b5e20;border:2px solid #2e7d32;font-weight:600;', icon: '&#10003;' },
  '': { cls: 'ndr-party', style: 'background:#f4f5f7;color:#444c56;border:1px solid #d0d4d9;', icon: '' },
} as const;

/**
 * The fix-it owner graphic: the sender, the sending service and the recipient's side with arrows
 * between them; the party that must act is marked red (a delay marks the retrying service amber, a
 * delivery the recipient's side green).
 */
function ownerGraphic(r: RecipientView, v: ReportView): string {
  const t = v.texts;
  const cells = r.parties.map((label, i) => {
    const markKind = r.partyMarks[i] ?? '';
    const look = PARTY_STYLE[markKind];
    const note = markKind === 'act' ? t.actionRequired : markKind === 'retrying' ? t.retryingMark : markKind === 'delivered' ? t.actions.delivered : '';
    const mark = note !== '' ? `<div style="margin-top:4px;font-size:12px;text-transform:uppercase;letter-spacing:0.04em;">${look.icon} ${escapeHtml(note)}</div>` : '';
    return `<td class="${look.cls}" width="30%" align="center" valign="middle" style="${look.style}padding:10px 6px;border-radius:6px;font-size:13px;line-height:1.35;word-break:break-word;">${escapeHtml(label)}${mark}</td>`;
  });
  const arrow = '<td width="5%" align="center" valign="middle" class="ndr-muted" style="font-size:18px;color:#8c959f;padding:0 2px;">&#8594;</td>';
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:separate;margin:4px 0 8px 0;"><tr>${cells[0]!}${arrow}${cells[1]!}${arrow}${cells[2]!}</tr></table>`;
}

function factTable(list: readonly Fact[]): string {
  const rows = list.map((f) => {
    const value = f.code === true
      ? `<span style="font-family:${MONO};font-size:13px;word-break:break-all;overflow-wrap:anywhere;">${escapeHtml(f.value)}</span>`
      : escapeHtml(f.value);
    return `<tr class="ndr-row"><th align="left" valign="top" class="ndr-muted" style="padding:5px 12px 5px 0;border-bottom:1px solid #eceef1;font-weight:normal;color:#57606a;white-space:nowrap;font-size:13px;">${escapeHtml(f.label)}</th><td valign="top" style="padding:5px 0;border-bottom:1px solid #eceef1;font-size:14px;">${value}</td></tr>`;
  });
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 10px 0;">${rows.join('')}</table>`;
}

function recipientSection(r: RecipientView, v: ReportView): string {
  const t = v.texts;
  const parts: string[] = [];
  parts.push(`<p style="margin:18px 0 4px 0;font-size:18px;font-weight:600;word-break:break-all;">${escapeHtml(r.address)}</p>`);
  if (r.serverSaid !== '') parts.push(p(r.serverSaid, 'margin-bottom:2px;font-size:14px;'), code(r.reply));
  parts.push(h2(t.headings.cause), p(r.cause));
  if (r.retry !== '') parts.push(p(r.retry));
  parts.push(h2(t.headings.owner), ownerGraphic(r, v), p(r.ownerLine, 'font-size:14px;'));
  // A delivered message has nothing to fix.
  if (r.outcome !== 'delivered') parts.push(h2(t.headings.fix), p(r.fix));
  return parts.join('\n');
}

function adminSection(v: ReportView): string {
  const t = v.texts;
  const parts: string[] = [h2(t.headings.admin)];
  v.recipients.forEach((r, i) => {
    if (i > 0) parts.push('<div style="height:12px;font-size:0;line-height:0;">&nbsp;</div>');
    parts.push(factTable(r.facts));
    // Knowledge-base texts are English; other languages say so once, before them.
    if (t.inEnglish !== '' && (r.causeInEnglish !== '' || r.advice.length > 0)) parts.push(p(t.inEnglish, 'font-size:13px;margin-bottom:4px;font-style:italic;'));
    if (r.causeInEnglish !== '') parts.push(p(r.causeInEnglish, 'font-size:14px;'));
    for (const a of r.advice) parts.push(`<p style="margin:0 0 10px 0;font-size:14px;"><strong>${escapeHtml(a.label)}:</strong> ${escapeHtml(a.value)}</p>`);
    if (r.references.length > 0) {
      const links = r.references.map((u) => `<a href="${escapeHtml(u)}" style="color:#0b57d0;word-break:break-all;">${escapeHtml(u)}</a>`);
      parts.push(`<p style="margin:0 0 10px 0;font-size:14px;">${escapeHtml(t.labels.references)}: ${links.join('<br>')}</p>`);
    }
  });
  return parts.join('\n');
}

function hopsSection(v: ReportView): string {
  if (v.hops === null) return '';
  const t = v.texts;
  if (v.hops.length === 0) return h2(t.headings.hops) + p(t.noHops, 'font-size:14px;');
  const th = (s: string): string => `<th align="left" class="ndr-muted" style="padding:4px 8px 4px 0;border-bottom:1px solid #d0d4d9;font-weight:600;font-size:12px;color:#57606a;">${escapeHtml(s)}</th>`;
  const td = (s: string, mono = false): string => `<td valign="top" style="padding:4px 8px 4px 0;border-bottom:1px solid #eceef1;font-size:12px;${mono ? `font-family:${MONO};word-break:break-all;` : ''}">${escapeHtml(s)}</td>`;
  const rows = v.hops.map((h, i) => `<tr class="ndr-row">${td(String(i + 1))}${td(h.time)}${td(h.delay)}${td(h.from, true)}${td(h.by, true)}${td(h.with)}</tr>`);
  return h2(t.headings.hops) +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 10px 0;"><tr class="ndr-row">${th('#')}${th(t.labels.hopTime)}${th(t.labels.hopDelay)}${th(t.labels.hopFrom)}${th(t.labels.hopBy)}${th(t.labels.hopWith)}</tr>${rows.join('')}</table>`;
}

/** Writes the HTML report: a complete document, LF line ends. */
export function renderHtml(v: ReportView): string {
  const t = v.texts;
  const accent = ACCENT[v.outcome];
  const body = [
    `<p class="ndr-muted" style="margin:0 0 6px 0;font-size:13px;color:#57606a;">${escapeHtml(v.serviceName)}</p>`,
    `<h1 class="ndr-title-${v.outcome}" style="margin:0 0 10px 0;font-size:22px;line-height:1.25;font-weight:600;color:${accent};">${escapeHtml(v.title)}</h1>`,
    p(v.lead),
    ...v.recipients.map((r, i) => (i > 0 ? '<div class="ndr-sep" style="margin:26px 0 0 0;border-top:1px solid #d8dee4;font-size:0;line-height:0;">&nbsp;</div>\n' : '') + recipientSection(r, v)),
    adminSection(v),
    hopsSection(v),
    h2(t.headings.original),
    v.original.length > 0 ? factTable(v.original) : '',
    p(v.originalNote, 'font-size:13px;'),
  ].filter((s) => s !== '');
  return [
    '<!DOCTYPE html>',
    `<html lang="${v.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="supported-color-schemes" content="light dark">',
    `<title>${escapeHtml(v.title)}</title>`,
    DARK_STYLE,
    '</head>',
    `<body class="ndr-outer" style="margin:0;padding:0;background:#f0f2f5;">`,
    `<table role="presentation" class="ndr-outer" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f0f2f5;"><tr><td align="center" style="padding:20px 10px;">`,
    `<table role="presentation" class="ndr-card" width="640" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:640px;background:#ffffff;color:#1f2328;border:1px solid #d8dee4;border-top:6px solid ${accent};border-collapse:separate;font-family:${FONT};font-size:15px;line-height:1.5;">`,
    `<tr><td style="padding:20px 24px 8px 24px;">`,
    body.join('\n'),
    '</td></tr>',
    `<tr><td class="ndr-muted" style="padding:10px 24px 18px 24px;font-size:12px;color:#57606a;">${escapeHtml(v.footer)}</td></tr>`,
    '</table>',
    '</td></tr></table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
