/**
 * Microsoft anti-spam stamps: X-Forefront-Antispam-Report (and -Untrusted), X-Microsoft-Antispam,
 * X-Microsoft-Antispam-Mailbox-Delivery and the single-value X-MS-Exchange-Organization-* fields.
 * Each header is split into KEY:value fields; each field gets its meaning from data/antispam.ts.
 * Unknown fields are kept with `known: false`.
 */
import type { AntispamField, AntispamHeader, HeaderAntispam, HeaderField } from '../types.js';
import {
  BCL_MEANINGS,
  FOREFRONT_FIELDS,
  MAILBOX_DELIVERY_FIELDS,
  MICROSOFT_ANTISPAM_FIELDS,
  ORGANIZATION_FIELDS,
  ORGANIZATION_REPORT_FIELDS,
  PCL_MEANING,
  SCL_MEANINGS,
  type AntispamFieldInfo,
} from './data/antispam.js';
import { MAX_PARSE_CHARS } from './limits.js';

const MAX_FIELDS_PER_HEADER = 200;
const ORG_PREFIX = 'x-ms-exchange-organization-';

function tableFor(name: string): Readonly<Record<string, AntispamFieldInfo>> | null {
  if (name === 'x-forefront-antispam-report' || name === 'x-forefront-antispam-report-untrusted') return FOREFRONT_FIELDS;
  if (name === 'x-microsoft-antispam' || name === 'x-microsoft-antispam-untrusted') return MICROSOFT_ANTISPAM_FIELDS;
  if (name === 'x-microsoft-antispam-mailbox-delivery') return MAILBOX_DELIVERY_FIELDS;
  if (name.startsWith('x-exchange-antispam')) return MICROSOFT_ANTISPAM_FIELDS;
  if (name === 'x-ms-exchange-organization-antispam-report') return ORGANIZATION_REPORT_FIELDS;
  return null;
}

function own(table: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/** The meaning of one value under a field's description. */
function meaningOf(info: AntispamFieldInfo, value: string): string {
  const v = value.trim();
  if (info.scale === 'scl') return `${info.label}: ${own(SCL_MEANINGS, v) ? SCL_MEANINGS[v] : 'value outside the documented scale'}`;
  if (info.scale === 'bcl') return `${info.label}: ${own(BCL_MEANINGS, v) ? BCL_MEANINGS[v] : 'value outside the documented scale'}`;
  if (info.scale === 'pcl') return `${info.label} (${PCL_MEANING})`;
  if (info.values !== undefined) {
    const key = v.toUpperCase();
    if (own(info.values, key)) return `${info.label}: ${info.values[key]}`;
    return `${info.label}: value "${v}" is not documented`;
  }
  return info.label;
}

/** Splits "SFV:NSPM;SCL:1;CIP:2a01::1;" into key/value pairs (first ":" splits). */
function splitPairs(value: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of value.split(';')) {
    if (out.length >= MAX_FIELDS_PER_HEADER) break;
    const p = part.trim();
    if (p === '') continue;
    const colon = p.indexOf(':');
    if (colon < 0) out.push([p, '']);
    else out.push([p.slice(0, colon).trim(), p.slice(colon + 1).trim()]);
  }
  return out;
}

function isAntispamHeader(lower: string): boolean {
  return tableFor(lower) !== null || (lower.startsWith(ORG_PREFIX) && own(ORGANIZATION_FIELDS, lower.slice(ORG_PREFIX.length).toUpperCase()));
}

/**
 * Reads the Microsoft anti-spam headers.
 *
 * @example
 * analyzeAntispam([{ index: 0, name: 'X-Forefront-Antispam-Report', value: 'SFV:SPM;SCL:5', decoded: 'SFV:SPM;SCL:5', line: 1 }]).verdicts[0]
 */
export function analyzeAntispam(fields: readonly HeaderField[]): HeaderAntispam {
  const headers: AntispamHeader[] = [];
  for (const f of fields) {
    const lower = f.name.toLowerCase();
    if (!isAntispamHeader(lower)) continue;
    const value = f.value.length > MAX_PARSE_CHARS ? f.value.slice(0, MAX_PARSE_CHARS) : f.value;
    const out: AntispamField[] = [];
    if (tableFor(lower) === null && lower.startsWith(ORG_PREFIX)) {
      const key = lower.slice(ORG_PREFIX.length).toUpperCase();
      const info = ORGANIZATION_FIELDS[key] as AntispamFieldInfo;
      out.push({ key: f.name.slice(ORG_PREFIX.length), value: value.trim(), meaning: meaningOf(info, value), known: true });
    } else {
      const table = tableFor(lower);
      for (const [k, v] of splitPairs(value)) {
        const key = k.toUpperCase();
        const info = table !== null && own(table, key) ? table[key] : undefined;
        out.push(info === undefined ? { key: k, value: v, meaning: '', known: false } : { key: k, value: v, meaning: meaningOf(info, v), known: true });
      }
    }
    headers.push({ header: f.name, fieldIndex: f.index, fields: out, raw: value });
  }
  return { headers, verdicts: verdictsOf(headers) };
}

function verdictsOf(headers: readonly AntispamHeader[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (s: string): void => {
    if (!seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  };
  // The trusted stamps come first in header order (topmost = final organisation).
  for (const h of headers) {
    if (h.header.toLowerCase().endsWith('-untrusted')) continue;
    for (const f of h.fields) {
      if (!f.known) continue;
      const k = f.key.toUpperCase();
      if (k === 'SFV' || k === 'SCL' || k === 'BCL' || k === 'CAT' || k === 'SFTY' || k === 'DEST' || k === 'SRV' || k === 'IPV') {
        add(`${k}:${f.value} — ${f.meaning}`);
      }
    }
  }
  return out;
}

/** Whether the trusted stamps call the message spam, bulk or phishing. */
export function spamVerdictEvidence(antispam: HeaderAntispam): { field: string; header: string }[] {
  const hits: { field: string; header: string }[] = [];
  for (const h of antispam.headers) {
    if (h.header.toLowerCase().endsWith('-untrusted')) continue;
    for (const f of h.fields) {
      const k = f.key.toUpperCase();
      const v = f.value.toUpperCase();
      const n = Number.parseInt(f.value, 10);
      if ((k === 'SFV' && (v === 'SPM' || v === 'SKS' || v === 'SKB' || v === 'BLK')) || (k === 'SCL' && n >= 5) || (k === 'CAT' && ['SPM', 'HSPM', 'PHSH', 'HPHSH', 'HPHISH', 'SPOOF', 'MALW', 'BULK', 'INTOS', 'BIMP', 'DIMP', 'UIMP', 'GIMP'].includes(v))) {
        hits.push({ field: `${f.key}:${f.value}`, header: h.header });
      }
    }
  }
  return hits;
}
