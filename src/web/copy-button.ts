/**
 * A button that copies a value to the clipboard and says whether it worked.
 */
import { h } from './dom.js';

/** How long the "Copied" confirmation stays. */
const CONFIRM_MS = 1500;

/**
 * A copy button for `value`; `what` names it for screen readers ("Copy 5.7.1").
 */
export function copyButton(value: string | (() => string), what: string): HTMLButtonElement {
  const label = `Copy ${what}`;
  const button = h('button', { type: 'button', class: 'copy', 'aria-label': label, title: label }, 'Copy');
  button.addEventListener('click', () => {
    const text = typeof value === 'function' ? value() : value;
    const done = (ok: boolean): void => {
      button.textContent = ok ? 'Copied' : 'Copy failed';
      setTimeout(() => (button.textContent = 'Copy'), CONFIRM_MS);
    };
    if (navigator.clipboard === undefined) done(false);
    else navigator.clipboard.writeText(text).then(() => done(true), () => done(false));
  });
  return button;
}
