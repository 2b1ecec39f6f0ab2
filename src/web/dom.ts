/**
 * The only way the page builds elements: `h(tag, attrs, ...children)`. Strings always become
 * text nodes, never markup. Attributes that could run code or load something (`on*`, `style`,
 * `href`, `src`, `srcdoc`, `action`, `formaction`) are refused here; links go through links.ts.
 */

/** What `h` accepts as a child. Falsy values are skipped. */
export type Child = Node | string | number | null | undefined | false;

/** Attributes of `h`: strings (or true for a bare attribute; false/undefined to omit). */
export type Attrs = Readonly<Record<string, string | boolean | undefined>>;

const FORBIDDEN_ATTR = /^(?:on|style$|href$|src$|srcdoc$|action$|formaction$|xlink:href$)/i;

function setAttrs(el: Element, attrs: Attrs | null): void {
  if (attrs === null) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (FORBIDDEN_ATTR.test(name)) throw new TypeError(`dom.h: attribute ${name} is not allowed`);
    el.setAttribute(name, value === true ? '' : value);
  }
}

/** Appends children: nodes as they are, strings and numbers as text. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/**
 * Creates an HTML element.
 *
 * @example
 * ```ts
 * h('p', { class: 'cause' }, untrustedText); // text, never HTML
 * ```
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element (for the hops chart), with the same rules as {@link h}. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** Removes every child of an element. */
export function clear(el: Element): void {
  while (el.firstChild !== null) el.removeChild(el.firstChild);
}
