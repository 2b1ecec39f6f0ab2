/**
 * The fix-it owner indicator: sender, the sender's mail service and the recipient's side drawn
 * side by side, the one that must act marked (as in the newest Exchange NDRs), with the same
 * information in words for screen readers and for colour-blind readers.
 */
import type { Owner } from '../kb/reasons.js';
import { h } from './dom.js';
import { OWNER_LABEL, PARTIES, partyOf } from './owners.js';

/** Renders the indicator for `owner`. */
export function renderOwner(owner: Owner): HTMLElement {
  const marked = partyOf(owner);
  const parties = h('ol', { class: 'owner-parties', 'aria-hidden': 'true' });
  PARTIES.forEach((p, i) => {
    if (i > 0) parties.append(h('li', { class: 'owner-arrow' }, '→'));
    const acts = p.id === marked;
    parties.append(
      h('li', { class: acts ? 'party acts' : 'party', 'data-party': p.id }, h('span', { class: 'party-name' }, p.label), acts ? h('span', { class: 'party-mark' }, 'Fix here') : null),
    );
  });
  return h('div', { class: 'owner', 'data-owner': owner }, parties, h('p', { class: 'owner-text' }, h('strong', null, 'Who must act: '), OWNER_LABEL[owner]));
}
