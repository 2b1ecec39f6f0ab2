/**
 * analyzeHeaders: the header analysis in one call. Finds the header block (headers, a whole
 * message, or an NDR's original headers), splits it into fields, and offers the fields to the
 * readers in turn (summary, hops, authentication, alignment, anti-spam), then runs the diagnosis
 * rules. Pure and runtime-neutral: no Node APIs, so the browser build uses it as it is.
 */
import { NdrkitError } from '../errors.js';
import type { HeaderAlignment, HeaderAnalysis, HeaderField, HeaderSummary } from '../types.js';
import { domainOf, extractAddresses } from './addresses.js';
import { alignDomain, orgInfo } from './alignment.js';
import { analyzeAntispam } from './antispam.js';
import { analyzeAuth } from './auth.js';
import { parseMailDate } from './dates.js';
import { diagnose } from './findings.js';
import { locateHeaderBlock, splitHeaderFields, type HeaderPart } from './header-block.js';
import { analyzeHops } from './hops.js';

/** Options of {@link analyzeHeaders}. */
export interface AnalyzeHeadersOptions {
  /**
   * Which header block to read: `auto` (default) reads an NDR's original message headers when
   * the input is an NDR, else the input's own; `outer` always the input's own; `original` the
   * original message headers inside an NDR.
   */
  readonly part?: HeaderPart;
  /** Include every header field in the result (`fields`). Default false. */
  readonly includeFields?: boolean;
}

const PARTS: readonly HeaderPart[] = ['auto', 'outer', 'original'];

function checkOptions(options: unknown): { part: HeaderPart; includeFields: boolean } {
  if (options === undefined || options === null) return { part: 'auto', includeFields: false };
  if (typeof options !== 'object') throw new NdrkitError('ERR_INVALID_OPTION', 'analyzeHeaders: options must be an object');
  const o = options as Record<string, unknown>;
  for (const k of Object.keys(o)) if (k !== 'part' && k !== 'includeFields') throw new NdrkitError('ERR_INVALID_OPTION', `analyzeHeaders: unknown option "${k}"`, { field: k });
  const part = o['part'] ?? 'auto';
  if (typeof part !== 'string' || !PARTS.includes(part as HeaderPart)) throw new NdrkitError('ERR_INVALID_OPTION', `analyzeHeaders: option "part" must be one of ${PARTS.join(', ')}`, { field: 'part' });
  const inc = o['includeFields'] ?? false;
  if (typeof inc !== 'boolean') throw new NdrkitError('ERR_INVALID_OPTION', 'analyzeHeaders: option "includeFields" must be a boolean', { field: 'includeFields' });
  return { part: part as HeaderPart, includeFields: inc };
}

const ALIGNMENT_NOTE =
  'Relaxed alignment is assumed: the DMARC record\'s aspf= and adkim= tags are in DNS, not in the headers. Organisational domains come from the Public Suffix List as shipped in tldts (private section included); DMARCbis\'s DNS tree walk can differ.';

/**
 * Analyses a message's headers: hops and delays, SPF / DKIM / DMARC as the receiving organisation
 * recorded them and why DMARC failed, alignment, and Microsoft's anti-spam stamps. Never throws on
 * bad mail (problems become `warnings`); throws {@link NdrkitError} only for bad options or a
 * non-string input.
 *
 * @example
 * const a = analyzeHeaders('Authentication-Results: spf=none smtp.mailfrom=x.example; dmarc=fail action=oreject header.from=x.example\nFrom: a@x.example\n');
 * a.findings.map((f) => f.id) // ['spf-none', 'dkim-none', 'dmarc-fail']
 */
export function analyzeHeaders(text: string, options?: AnalyzeHeadersOptions): HeaderAnalysis {
  if (typeof text !== 'string') throw new NdrkitError('ERR_INVALID_INPUT', 'analyzeHeaders: the input must be a string');
  const opts = checkOptions(options);
  const warnings: string[] = [];
  const block = locateHeaderBlock(text, opts.part);
  for (const w of block.warnings) warnings.push(w);
  const split = splitHeaderFields(block.text);
  for (const w of split.warnings) warnings.push(w);
  const fields = split.fields;
  if (fields.length === 0) warnings.push(text.trim() === '' ? 'the input is empty' : 'no header fields found in the input');

  const byName = new Map<string, HeaderField[]>();
  for (const f of fields) {
    const k = f.name.toLowerCase();
    const l = byName.get(k);
    if (l === undefined) byName.set(k, [f]);
    else l.push(f);
  }
  const get = (n: string): HeaderField | undefined => byName.get(n)?.[0];
  const dateField = get('date');
  const date = dateField ? parseMailDate(dateField.value) : { ms: null, notes: [] as readonly string[] };
  if (dateField !== undefined) {
    if (date.ms === null) warnings.push(`the Date field "${dateField.value.slice(0, 80)}" could not be read`);
    for (const n of date.notes) warnings.push(`Date: ${n}`);
  }

  const hopA = analyzeHops(byName.get('received') ?? [], date.ms, warnings);
  const authA = analyzeAuth(fields, warnings);
  const auth = authA.auth;

  // Alignment: P1 from the trusted SPF MailFrom, else Received-SPF, else Return-Path.
  let mailFrom = '';
  let mailFromSource = '';
  if (auth.spf !== null && auth.spf.identity === 'mailfrom' && auth.spf.domain !== '') {
    mailFrom = auth.spf.domain;
    mailFromSource = auth.spf.from === 'Received-SPF' ? 'Received-SPF envelope-from' : 'smtp.mailfrom';
  } else {
    const rp = get('return-path');
    if (rp !== undefined) {
      mailFrom = /^\s*<\s*>\s*$/.test(rp.value) ? '<>' : domainOf(rp.value);
      mailFromSource = 'Return-Path';
    }
  }
  const fromField = get('from');
  // P2: the From field; without one (a pasted fragment), the From domain the receiver recorded.
  let fromDomain = fromField ? domainOf(extractAddresses(fromField.decoded)[0] ?? fromField.decoded) : '';
  let fromSource: HeaderAlignment['fromSource'] = fromDomain !== '' ? 'From' : '';
  if (fromDomain === '' && auth.dmarc !== null && auth.dmarc.headerFrom !== '') {
    fromDomain = domainOf(auth.dmarc.headerFrom);
    if (fromDomain !== '') fromSource = 'header.from';
  }
  const senderField = get('sender');
  const senderDomain = senderField ? domainOf(extractAddresses(senderField.decoded)[0] ?? '') : '';
  const dkimDomains: string[] = [];
  for (const d of auth.dkim) if (d.domain !== '' && !dkimDomains.includes(d.domain)) dkimDomains.push(d.domain);
  if (dkimDomains.length === 0) for (const s of auth.signatures) if (s.domain !== '' && !dkimDomains.includes(s.domain)) dkimDomains.push(s.domain);
  const details = [];
  if (fromDomain !== '') {
    if (mailFrom !== '' && mailFrom !== '<>') details.push(alignDomain(mailFrom, fromDomain));
    if (senderDomain !== '') details.push(alignDomain(senderDomain, fromDomain));
    for (const d of dkimDomains) details.push(alignDomain(d, fromDomain));
  }
  const alignment: HeaderAlignment = {
    mailFrom,
    mailFromSource,
    from: fromDomain,
    fromSource,
    fromOrgDomain: fromDomain === '' ? '' : orgInfo(fromDomain).org,
    sender: senderDomain,
    dkimDomains,
    spfAligned: fromDomain === '' || mailFrom === '' || mailFrom === '<>' ? null : alignDomain(mailFrom, fromDomain).relaxed,
    dkimAligned: fromDomain === '' || dkimDomains.length === 0 ? null : dkimDomains.some((d) => alignDomain(d, fromDomain).relaxed),
    mode: 'relaxed',
    details,
    note: ALIGNMENT_NOTE,
  };

  const antispam = analyzeAntispam(fields);
  const findings = diagnose({ fields, byName, auth, alignment, hops: hopA.hops, antispam });

  const val = (n: string): string => get(n)?.decoded ?? '';
  const summary: HeaderSummary = {
    subject: val('subject'),
    messageId: val('message-id'),
    from: val('from'),
    to: val('to'),
    cc: val('cc'),
    replyTo: val('reply-to'),
    sender: val('sender'),
    returnPath: val('return-path'),
    date: dateField?.value ?? '',
    dateIso: date.ms === null ? '' : new Date(date.ms).toISOString(),
    deliveredAfterSeconds: date.ms !== null && hopA.lastMs !== null ? Math.round((hopA.lastMs - date.ms) / 1000) : null,
    source: block.source,
    fieldCount: fields.length,
  };
  const result: HeaderAnalysis = { summary, hops: hopA.hops, totalDelaySeconds: hopA.totalDelaySeconds, auth, alignment, antispam, findings, warnings };
  return opts.includeFields ? { ...result, fields } : result;
}
