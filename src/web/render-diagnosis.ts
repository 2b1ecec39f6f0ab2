/**
 * Renders a whole diagnosis: for each message, one card per recipient, then its header analysis.
 */
import type { Diagnosis, MessageView } from './diagnosis.js';
import { h } from './dom.js';
import { renderCard } from './render-card.js';
import { renderHeaders } from './render-headers.js';

const KIND_LABEL: Readonly<Record<Diagnosis['kind'], string>> = {
  empty: 'Nothing to read yet.',
  code: 'Read as a code or server reply.',
  message: 'Read as a message.',
  'ndr-text': 'Read as the text of a non-delivery report.',
  headers: 'Read as a header block.',
};

function recipientCount(d: Diagnosis): number {
  return d.messages.reduce((n, m) => n + m.cards.filter((c) => c.recipient !== null).length, 0);
}

/** One line that says what was read and found, for the status area. */
export function summaryLine(d: Diagnosis): string {
  const n = recipientCount(d);
  const files = d.messages.filter((m) => m.file !== '').length;
  const parts = [KIND_LABEL[d.kind]];
  if (files > 1) parts.push(`${files} files.`);
  if (n > 0) parts.push(`${n} recipient${n === 1 ? '' : 's'} reported.`);
  return parts.join(' ');
}

function renderMessage(m: MessageView, multiple: boolean): HTMLElement {
  const section = h('section', { class: 'message' });
  if (multiple || m.file !== '' || m.subject !== '') {
    section.append(
      h('h2', { class: 'message-title' }, m.file || 'Pasted message', m.subject ? h('span', { class: 'subject' }, ` — ${m.subject}`) : null),
    );
  }
  if (m.cards.length === 0 && m.headers === null) {
    section.append(h('p', { class: 'muted' }, 'No failed recipient, code or header found in this input.'));
  }
  if (m.cards.length > 0) section.append(h('div', { class: 'cards' }, ...m.cards.map(renderCard)));
  if (m.headers !== null) section.append(renderHeaders(m.headers));
  if (m.warnings.length > 0) section.append(h('ul', { class: 'warnings' }, ...m.warnings.map((w) => h('li', null, w))));
  return section;
}

/** Renders the diagnosis into a fragment. */
export function renderDiagnosis(d: Diagnosis): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const m of d.messages) frag.append(renderMessage(m, d.messages.length > 1));
  return frag;
}
