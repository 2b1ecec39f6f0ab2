/**
 * DMARC identifier alignment from headers alone: the MailFrom (P1) and DKIM d= domains against
 * the From (P2) domain, on organisational domains from the Public Suffix List (tldts, private
 * section included, as DMARC implementations such as mailauth do). The record's aspf/adkim tags
 * live in DNS, so relaxed alignment is assumed and the note says so. Domains are lower-cased and
 * IDNA-normalised before comparison.
 */
import { getDomain, parse as parseDomain } from 'tldts';
import type { DomainAlignment } from '../types.js';

const cache = new Map<string, { org: string; icann: string; privateSuffix: string }>();

/** Lower-cases and converts a domain to its ASCII (punycode) form. */
export function normalizeDomain(domain: string): string {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  if (!/[^\x00-\x7f]/.test(d)) return d;
  try {
    return new URL(`http://${d}/`).hostname;
  } catch {
    return d;
  }
}

/** Organisational domain facts of one name, computed once per name. */
export function orgInfo(domain: string): { org: string; icann: string; privateSuffix: string } {
  const d = normalizeDomain(domain);
  let info = cache.get(d);
  if (info === undefined) {
    const p = parseDomain(d, { allowPrivateDomains: true });
    const org = p.domain ?? '';
    const icann = getDomain(d, { allowPrivateDomains: false }) ?? '';
    info = { org, icann, privateSuffix: p.isPrivate === true ? (p.publicSuffix ?? '') : '' };
    if (cache.size > 10_000) cache.clear();
    cache.set(d, info);
  }
  return info;
}

/**
 * Compares a domain with the From domain.
 *
 * @example
 * alignDomain('bounce.example.com', 'example.com') // { domain: 'bounce.example.com', orgDomain: 'example.com', relaxed: true, strict: false }
 */
export function alignDomain(domain: string, fromDomain: string): DomainAlignment {
  const d = normalizeDomain(domain);
  const f = normalizeDomain(fromDomain);
  const od = orgInfo(d).org;
  const of = orgInfo(f).org;
  return { domain: d, orgDomain: od, relaxed: od !== '' && od === of, strict: d !== '' && d === f };
}

/**
 * Explains, for two names, what strict and relaxed alignment conclude and why, including the
 * effect of the Public Suffix List's private section.
 */
export function explainAlignment(a: string, from: string): string {
  const ia = orgInfo(a);
  const iff = orgInfo(from);
  const na = normalizeDomain(a);
  const nf = normalizeDomain(from);
  const strict = na === nf;
  const relaxed = ia.org !== '' && ia.org === iff.org;
  const parts: string[] = [];
  parts.push(strict ? `Strict alignment: aligned (${na} and ${nf} are the same name).` : `Strict alignment: not aligned, because strict needs the very same name and ${na} is not ${nf}.`);
  if (ia.org === '' || iff.org === '') {
    parts.push(`Relaxed alignment: cannot be decided, because ${ia.org === '' ? na : nf} has no registrable (organisational) domain under the Public Suffix List.`);
  } else if (relaxed) {
    parts.push(`Relaxed alignment: aligned, because both names reduce to the organisational domain ${ia.org} (the Public Suffix List puts the boundary at ${orgSuffix(ia.org)}).`);
  } else {
    parts.push(`Relaxed alignment: not aligned, because the organisational domains differ (${ia.org} against ${iff.org}).`);
  }
  // Shared parents and the private section: say what changes the answer.
  if (ia.privateSuffix !== '' || iff.privateSuffix !== '') {
    const ps = ia.privateSuffix || iff.privateSuffix;
    parts.push(`${ps} is in the private section of the Public Suffix List, so each name directly under it counts as its own organisation; a checker that ignores the private section would reduce both to ${ia.icann || iff.icann} and call them aligned under relaxed.`);
  } else if (relaxed && !strict && !isUnder(na, nf) && !isUnder(nf, na)) {
    parts.push(`The two names sit side by side under ${ia.org}, neither containing the other; relaxed mode counts them as one organisation because ${ia.org} is not a public suffix (neither the ICANN nor the private section of the list in tldts names it).`);
    if (isChild(na, ia.org) && isChild(nf, ia.org)) {
      parts.push(`Where ${ia.org} hands out names to separate customers (a hosting or tenant namespace), relaxed alignment lumps different owners together; only strict alignment, or DMARCbis's DNS tree walk if ${ia.org} publishes psd=y, tells them apart.`);
    }
  }
  return parts.join(' ');
}

/** Whether `name` is `parent` or a subdomain of it. */
export function isUnder(name: string, parent: string): boolean {
  return name === parent || name.endsWith(`.${parent}`);
}

function isChild(name: string, parent: string): boolean {
  return name.endsWith(`.${parent}`) && !name.slice(0, -parent.length - 1).includes('.');
}

function orgSuffix(org: string): string {
  const dot = org.indexOf('.');
  return dot < 0 ? org : org.slice(dot + 1);
}
