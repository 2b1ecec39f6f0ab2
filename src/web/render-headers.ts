/**
 * The header analysis of a message: the hops as a small timeline with the delay at each (bars
 * drawn in SVG, numbers in text), the authentication panel (SPF, DKIM, DMARC, ARC, compauth),
 * alignment, anti-spam stamps and the findings.
 */
import type { HeadersView, HopView } from './diagnosis.js';
import { h, svg } from './dom.js';
import { formatDelay, resultClass } from './format.js';

/** Width of the delay bars' coordinate space. */
const BAR_W = 100;

function hopLabel(hop: HopView): string {
  const from = hop.from || '?';
  const by = hop.by || '?';
  return `${from} → ${by}`;
}

function delayBar(delay: number | null, max: number): SVGSVGElement {
  const w = delay === null || max <= 0 ? 0 : Math.max(delay > 0 ? 2 : 0, Math.round((Math.max(0, delay) / max) * BAR_W));
  return svg(
    'svg',
    { class: 'bar', viewBox: `0 0 ${BAR_W} 10`, preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
    svg('rect', { class: 'bar-track', x: '0', y: '2', width: String(BAR_W), height: '6', rx: '3' }),
    svg('rect', { class: delay !== null && max > 0 && delay >= max * 0.5 && delay >= 60 ? 'bar-fill slow' : 'bar-fill', x: '0', y: '2', width: String(w), height: '6', rx: '3' }),
  );
}

/** The hops timeline. */
export function renderHops(view: HeadersView): HTMLElement {
  const section = h('section', { class: 'hops' }, h('h3', null, 'Message hops'));
  if (view.hops.length === 0) {
    section.append(h('p', { class: 'muted' }, 'No Received hops in these headers.'));
    return section;
  }
  const max = view.hops.reduce((m, hop) => (hop.delaySeconds !== null && hop.delaySeconds > m ? hop.delaySeconds : m), 0);
  const list = h('ol', { class: 'hop-list' });
  view.hops.forEach((hop, i) => {
    list.append(
      h(
        'li',
        { class: 'hop' },
        h('span', { class: 'hop-n' }, String(i + 1)),
        h(
          'span',
          { class: 'hop-what' },
          h('span', { class: 'hop-path' }, hopLabel(hop)),
          h('span', { class: 'hop-meta' }, [hop.with, hop.provider ?? '', hop.date].filter((s) => s !== '').join(' · ')),
        ),
        delayBar(hop.delaySeconds, max),
        h('span', { class: 'hop-delay' }, formatDelay(hop.delaySeconds)),
      ),
    );
  });
  section.append(list);
  if (view.totalDelaySeconds !== null) section.append(h('p', { class: 'hop-total' }, `Total time in transit: ${formatDelay(view.totalDelaySeconds)}`));
  return section;
}

function pairs(items: HeadersView['summary'], cls: string): HTMLElement | null {
  if (items.length === 0) return null;
  return h('dl', { class: cls }, ...items.flatMap((p) => [h('dt', null, p.label), h('dd', null, p.value)]));
}

/** The authentication panel and findings. */
export function renderAuth(view: HeadersView): HTMLElement {
  const section = h('section', { class: 'auth' }, h('h3', null, 'Authentication'));
  if (view.auth.length === 0) section.append(h('p', { class: 'muted' }, 'No authentication results in these headers.'));
  else {
    section.append(
      h(
        'table',
        { class: 'auth-table' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Check'), h('th', { scope: 'col' }, 'Result'), h('th', { scope: 'col' }, 'Details'))),
        h(
          'tbody',
          null,
          ...view.auth.map((a) =>
            h('tr', { 'data-method': a.method.toLowerCase() }, h('th', { scope: 'row' }, a.method), h('td', null, h('span', { class: `result ${resultClass(a.result)}` }, a.result || 'absent')), h('td', null, a.detail)),
          ),
        ),
      ),
    );
  }
  const alignment = pairs(view.alignment, 'facts alignment');
  if (alignment !== null) section.append(h('h4', null, 'Alignment'), alignment);
  if (view.antispam.length > 0) section.append(h('h4', null, 'Anti-spam verdicts'), h('ul', { class: 'antispam' }, ...view.antispam.map((v) => h('li', null, v))));
  if (view.findings.length > 0) {
    section.append(
      h('h4', null, 'Findings'),
      h(
        'ul',
        { class: 'findings' },
        ...view.findings.map((f) =>
          h(
            'li',
            { class: `finding sev-${f.severity.replace(/[^a-z]/gi, '').toLowerCase()}`, 'data-finding': f.id },
            h('p', { class: 'finding-title' }, h('span', { class: 'sev' }, f.severity), ' ', h('strong', null, f.title)),
            f.detail ? h('p', null, f.detail) : null,
            f.fix ? h('p', null, h('strong', null, f.owner ? `Fix (${f.owner.charAt(0).toLowerCase()}${f.owner.slice(1)}): ` : 'Fix: '), f.fix) : null,
            f.evidence.length > 0 ? h('ul', { class: 'finding-evidence' }, ...f.evidence.map((e) => h('li', null, h('code', null, e)))) : null,
          ),
        ),
      ),
    );
  }
  return section;
}

/** The whole header section of a message: summary, hops, authentication. */
export function renderHeaders(view: HeadersView): HTMLElement {
  const summary = pairs(view.summary, 'facts summary');
  return h(
    'div',
    { class: 'headers-view' },
    summary === null ? null : h('section', { class: 'panel message-summary' }, h('h3', null, 'Message headers'), summary),
    renderHops(view),
    renderAuth(view),
    view.warnings.length > 0 ? h('ul', { class: 'warnings' }, ...view.warnings.map((w) => h('li', null, w))) : null,
  );
}
