/**
 * The languages of the human-readable part, as one table keyed by locale.
 */
import type { NdrLocale } from '../types.js';
import { DE } from './de.js';
import { EN } from './en.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import { JA } from './ja.js';
import type { NdrTexts } from './texts.js';

export type { NdrTexts, Outcome } from './texts.js';

/** Texts per supported locale. */
export const NDR_TEXTS: Readonly<Record<NdrLocale, NdrTexts>> = { en: EN, de: DE, fr: FR, es: ES, ja: JA };

/** Fills `{name}` placeholders; unknown names are left as they are. */
export function fillText(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-z]+)\}/g, (all, key: string) => (Object.prototype.hasOwnProperty.call(values, key) ? values[key]! : all));
}
