/**
 * Builds the header part of the view model from `analyzeHeaders()`'s result. The fields are read
 * defensively (strings, numbers, nested objects alike), so the page shows whatever the analysis
 * reports without breaking when a field is absent.
 */
import type { AuthRow, FindingView, HeadersView, HopView } from './diagnosis.js';

/** The documented shape of `analyzeHeaders()`'s result, as far as the page reads it. */
export interface HeaderAnalysisLike {
  readonly summary?: unknown;
  readonly hops?: readonly unknown[];
  readonly totalDelaySeconds?: unknown;
  readonly auth?: unknown;
  readonly alignment?: unknown;
  readonly antispam?: unknown;
  readonly findings?: readonly unknown[];
  readonly warnings?: readonly unknown[];
}

/** Most rows shown for one list (hops, findings, pairs): enough for any real message. */
const MAX_ROWS = 200;
/** Longest value shown in a summary pair. */
const MAX_VALUE = 500;

function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** `camelCase` / `snake_case` keys as words: `headerFrom` -> `header from`. */
function words(key: string): string {
  const w = key.replace(/_/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** A primitive, or a short one-line rendering of a small object or array. */
function valueText(v: unknown, depth = 0): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return str(v);
  if (depth > 2) return '';
  if (Array.isArray(v)) return v.slice(0, 20).map((x) => valueText(x, depth + 1)).filter(Boolean).join(', ');
  return Object.entries(v)
    .slice(0, 20)
    .map(([k, x]) => {
      const t = valueText(x, depth + 1);
      return t === '' ? '' : `${k}=${t}`;
    })
    .filter(Boolean)
    .join(' ');
}

function cap(s: string): string {
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE)}…` : s;
}

/** Label/value pairs from an object (or a list of `{label, value}` / `[label, value]`). */
export function pairsOf(v: unknown): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  if (Array.isArray(v)) {
    for (const item of v.slice(0, MAX_ROWS)) {
      if (Array.isArray(item) && item.length >= 2) out.push({ label: str(item[0]), value: cap(valueText(item[1])) });
      else if (isRecord(item) && ('label' in item || 'name' in item)) out.push({ label: str(item['label'] ?? item['name']), value: cap(valueText(item['value'])) });
    }
  } else if (isRecord(v)) {
    for (const [k, x] of Object.entries(v).slice(0, MAX_ROWS)) {
      const t = valueText(x);
      if (t !== '') out.push({ label: words(k), value: cap(t) });
    }
  }
  return out.filter((p) => p.label !== '' && p.value !== '');
}

const AUTH_NAMES: readonly [string, string][] = [
  ['spf', 'SPF'],
  ['dkim', 'DKIM'],
  ['dmarc', 'DMARC'],
  ['arc', 'ARC'],
  ['compauth', 'compauth'],
];

function authRows(method: string, v: unknown): AuthRow[] {
  if (v === null || v === undefined) return [{ method, result: '', detail: '' }];
  if (typeof v === 'string') return [{ method, result: v, detail: '' }];
  if (Array.isArray(v)) {
    if (v.length === 0) return [{ method, result: '', detail: '' }];
    return v.slice(0, 20).flatMap((x) => authRows(method, x));
  }
  if (isRecord(v)) {
    const result = str(v['result'] ?? v['status'] ?? v['verdict']);
    const detail = Object.entries(v)
      .filter(([k]) => k !== 'result' && k !== 'status' && k !== 'verdict')
      .map(([k, x]) => {
        const t = valueText(x);
        return t === '' ? '' : `${k}=${t}`;
      })
      .filter(Boolean)
      .join(' ');
    return [{ method, result, detail: cap(detail) }];
  }
  return [{ method, result: str(v), detail: '' }];
}

function hopView(v: unknown): HopView {
  const r = isRecord(v) ? v : {};
  const provider = str(r['provider']);
  return {
    from: str(r['from']),
    by: str(r['by']),
    with: str(r['with']),
    date: str(r['date']),
    delaySeconds: num(r['delaySeconds']),
    provider: provider === '' ? null : provider,
  };
}

function findingView(v: unknown): FindingView {
  const r = isRecord(v) ? v : {};
  const ev = r['evidence'];
  const evidence = Array.isArray(ev) ? ev.slice(0, 20).map((x) => cap(valueText(x))).filter(Boolean) : ev === undefined || ev === null ? [] : [cap(valueText(ev))].filter(Boolean);
  return {
    id: str(r['id']),
    severity: str(r['severity']) || 'info',
    title: str(r['title']),
    detail: str(r['detail']),
    owner: str(r['owner']),
    fix: str(r['fix']),
    evidence,
  };
}

/**
 * The view of one header analysis.
 *
 * @example
 * ```ts
 * headersView(analyzeHeaders(text)).auth; // [{ method: 'SPF', result: 'none', detail: '...' }, ...]
 * ```
 */
export function headersView(a: HeaderAnalysisLike): HeadersView {
  const auth = isRecord(a.auth) ? a.auth : {};
  const rows: AuthRow[] = [];
  for (const [key, name] of AUTH_NAMES) if (key in auth) rows.push(...authRows(name, auth[key]));
  const trusted = auth['trustedFrom'];
  const summary = pairsOf(a.summary);
  if (trusted !== undefined && trusted !== null && valueText(trusted) !== '') summary.push({ label: 'Results trusted from', value: cap(valueText(trusted)) });
  return {
    summary,
    hops: (a.hops ?? []).slice(0, MAX_ROWS).map(hopView),
    totalDelaySeconds: num(a.totalDelaySeconds),
    auth: rows.filter((r, i) => r.result !== '' || r.detail !== '' || rows.findIndex((x) => x.method === r.method) === i),
    alignment: pairsOf(a.alignment),
    antispam: pairsOf(a.antispam),
    findings: (a.findings ?? []).slice(0, MAX_ROWS).map(findingView),
    warnings: (a.warnings ?? []).map(str).filter(Boolean),
  };
}
