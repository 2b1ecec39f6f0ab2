/**
 * One recipient card: Cause, Fix-it owner, How to fix it, and More info for email admins
 * (codes with copy buttons, the server's reply, rejecting and reporting servers, the
 * knowledge-base entry with its references). Everything is text; only KB references link.
 */
import type { RecipientCard } from './diagnosis.js';
import type { Child } from './dom.js';
import { h } from './dom.js';
import { copyButton } from './copy-button.js';
import { urlNode } from './links.js';
import { renderOwner } from './render-owner.js';

function row(label: string, ...value: Child[]): HTMLElement[] {
  return [h('dt', null, label), h('dd', null, ...value)];
}

function codeWithCopy(code: string, what: string): HTMLElement {
  return h('span', { class: 'code-copy' }, h('code', null, code), copyButton(code, what));
}

function verdictClass(card: RecipientCard): string {
  if (card.kind === 'delivered' || card.verdict === 'Success') return 'verdict ok';
  if (card.kind === 'delay' || card.verdict.startsWith('Temporary')) return 'verdict warn';
  if (card.kind === 'feedback' || card.kind === 'auto-reply') return 'verdict info';
  return 'verdict bad';
}

function adminSection(card: RecipientCard): HTMLElement {
  const dl = h('dl', { class: 'facts' });
  if (card.status) dl.append(...row('Enhanced status code', codeWithCopy(card.status, `status code ${card.status}`)));
  if (card.replyCode) dl.append(...row('SMTP reply code', codeWithCopy(card.replyCode, `reply code ${card.replyCode}`)));
  if (card.diagnosticCode) {
    dl.append(...row('Server reply', h('pre', { class: 'reply' }, card.diagnosticCode), copyButton(card.diagnosticCode, 'server reply')));
  }
  // A bare code names no server; a report that names none says so.
  if (card.kind !== 'code' || card.remoteMta !== '' || card.reportingMta !== '') {
    dl.append(...row('Rejecting server', card.remoteMta || h('span', { class: 'muted' }, 'not named in the report')));
    dl.append(...row('Reporting server', card.reportingMta || h('span', { class: 'muted' }, 'not named in the report')));
  }
  if (card.command) dl.append(...row('Failed SMTP command', h('code', null, card.command)));
  if (card.date) dl.append(...row('Date', card.date));
  if (card.reason) dl.append(...row('Reason', h('code', null, card.reason), card.reasonSummary ? ` — ${card.reasonSummary}` : ''));

  const parts: Child[] = [h('h4', null, 'More info for email admins'), dl];
  if (card.adminFixes.length > 0) {
    parts.push(h('ul', { class: 'admin-fixes' }, ...card.adminFixes.map((f) => h('li', null, h('strong', null, `${f.party}: `), f.text))));
  }
  if (card.kb !== null) {
    parts.push(
      h(
        'div',
        { class: 'kb' },
        h('p', null, 'Knowledge-base entry: ', h('strong', null, card.kb.title), ' ', h('code', null, card.kb.id), ` (${card.kb.source})`),
        card.kb.references.length > 0 ? h('ul', { class: 'refs' }, ...card.kb.references.map((r) => h('li', null, urlNode(r)))) : null,
      ),
    );
  }
  if (card.alternatives.length > 0) {
    parts.push(h('p', { class: 'alternatives' }, 'Also possible: ', ...card.alternatives.flatMap((a, i) => [i > 0 ? '; ' : '', a.title, ' (', h('code', null, a.id), ')'])));
  }
  if (card.evidence.length > 0) {
    parts.push(
      h('details', { class: 'evidence' }, h('summary', null, 'Evidence'), h('ul', null, ...card.evidence.map((e) => h('li', null, h('code', null, e.where), ' ', h('q', null, e.text))))),
    );
  }
  return h('section', { class: 'admin' }, ...parts);
}

/** Renders one card. */
export function renderCard(card: RecipientCard): HTMLElement {
  const title = card.recipient ?? (card.status || card.replyCode ? `Code ${[card.replyCode, card.status].filter(Boolean).join(' ')}` : 'Your input');
  return h(
    'article',
    { class: 'card', 'data-kind': card.kind },
    h('header', { class: 'card-head' }, h('h3', { class: 'recipient' }, title), h('span', { class: verdictClass(card) }, card.verdict)),
    h('section', { class: 'cause' }, h('h4', null, 'Cause'), h('p', null, card.cause)),
    h('section', { class: 'fix-owner' }, h('h4', null, 'Fix-it owner'), renderOwner(card.owner)),
    h('section', { class: 'how' }, h('h4', null, 'How to fix it'), h('p', null, card.fixForSender)),
    adminSection(card),
  );
}
