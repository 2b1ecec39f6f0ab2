/**
 * Diagnosis rules: each rule looks at the analysed headers and, when its situation shows, adds a
 * finding with a detail written for this message and the header lines that prove it. The fixed
 * texts (title, owner, fix, default severity) are data in data/findings.ts; the situations follow
 * shared/reference/dmarc-diagnosis.md. Only the trusted (final organisation's) results count.
 */
import type {
  Evidence,
  FindingSeverity,
  HeaderAlignment,
  HeaderAntispam,
  HeaderAuth,
  HeaderField,
  HeaderFinding,
  HeaderFindingId,
  ReceivedHop,
} from '../types.js';
import { domainOf, extractAddresses } from './addresses.js';
import { splitDuration } from './duration.js';
import { explainAlignment, isUnder, orgInfo } from './alignment.js';
import { spamVerdictEvidence } from './antispam.js';
import { FINDING_TEXTS } from './data/findings.js';
import { MAX_EVIDENCE_CHARS, SLOW_HOP_SECONDS } from './limits.js';

/** Everything the rules read. */
export interface FindingInput {
  readonly fields: readonly HeaderField[];
  readonly byName: ReadonlyMap<string, readonly HeaderField[]>;
  readonly auth: HeaderAuth;
  readonly alignment: HeaderAlignment;
  readonly hops: readonly ReceivedHop[];
  readonly antispam: HeaderAntispam;
}

function clip(text: string): string {
  const s = (text.length > MAX_EVIDENCE_CHARS * 4 ? text.slice(0, MAX_EVIDENCE_CHARS * 4) : text).replace(/\s+/g, ' ');
  return s.length > MAX_EVIDENCE_CHARS ? `${s.slice(0, MAX_EVIDENCE_CHARS - 1)}…` : s;
}

/** Evidence quoting one header field. */
export function fieldEvidence(f: HeaderField): Evidence {
  return { where: `header:${f.name}`, text: clip(`${f.name}: ${f.value}`) };
}

function make(id: HeaderFindingId, detail: string, evidence: Evidence[], over?: { severity?: FindingSeverity; owner?: HeaderFinding['owner'] }): HeaderFinding {
  const t = FINDING_TEXTS[id];
  const d = detail.startsWith('the ') ? `T${detail.slice(1)}` : detail;
  return { id, severity: over?.severity ?? t.severity, title: t.title, detail: d, owner: over?.owner ?? t.owner, fix: t.fix, evidence };
}

const DKIM_KEY = /no key|key not found|public key|weak key|key too|key size|revoked|testing|expired|nxdomain|no record|dns/i;
const DKIM_BODY = /body hash|bodyhash|body has been altered/i;
const DKIM_UNSIGNED = /no sig|not signed|no signature/i;

function first(input: FindingInput, name: string): HeaderField | undefined {
  return input.byName.get(name)?.[0];
}

/** Signs that the message was forwarded on its way (section 9 of dmarc-diagnosis.md). */
function forwardingSigns(input: FindingInput): { signs: string[]; evidence: Evidence[] } {
  const signs: string[] = [];
  const evidence: Evidence[] = [];
  const af = first(input, 'x-ms-exchange-organization-autoforwarded');
  if (af !== undefined && /true/i.test(af.value)) {
    signs.push('Exchange marked it as auto-forwarded');
    evidence.push(fieldEvidence(af));
  }
  for (const n of ['resent-from', 'resent-sender', 'resent-to', 'x-forwarded-to', 'x-forwarded-for', 'x-forwarded-message-id']) {
    const f = first(input, n);
    if (f !== undefined) {
      signs.push(`${f.name} is present`);
      evidence.push(fieldEvidence(f));
    }
  }
  const rp = first(input, 'return-path');
  if (rp !== undefined && /\bSRS[01][=+-]/i.test(rp.value)) {
    signs.push('the Return-Path was rewritten with SRS by a forwarder');
    evidence.push(fieldEvidence(rp));
  }
  const to = first(input, 'to');
  const toAddrs = new Set((to ? extractAddresses(to.value) : []).map((a) => a.toLowerCase()));
  for (const n of ['x-original-to', 'delivered-to']) {
    const f = first(input, n);
    if (f === undefined || toAddrs.size === 0) continue;
    const a = extractAddresses(f.value)[0]?.toLowerCase() ?? f.value.trim().toLowerCase();
    if (a !== '' && !toAddrs.has(a)) {
      signs.push(`${f.name} (${a}) is not an address in To`);
      evidence.push(fieldEvidence(f));
      break;
    }
  }
  return { signs, evidence };
}

function authEvidence(input: FindingInput): Evidence[] {
  const out: Evidence[] = [];
  const idx = input.auth.trustedFrom?.fieldIndex;
  if (idx !== undefined) {
    const f = input.fields[idx];
    if (f !== undefined) out.push(fieldEvidence(f));
  }
  return out;
}

function receivedSpfEvidence(input: FindingInput): Evidence[] {
  const f = first(input, 'received-spf');
  return f === undefined ? [] : [fieldEvidence(f)];
}

function spfPhrase(input: FindingInput): string {
  const s = input.auth.spf;
  if (s === null) return 'SPF: no result recorded';
  const dom = s.domain === '<>' ? 'an empty envelope sender (<>)' : s.domain || 'an unnamed domain';
  const al = input.alignment;
  const aligned = s.identity === 'helo' ? 'a HELO result, which DMARC does not use' : al.spfAligned === null ? 'alignment unknown' : al.spfAligned ? `its domain aligns with ${al.from} under relaxed alignment${s.result === 'pass' ? '' : ', but SPF did not pass'}` : `not aligned with ${al.from}`;
  return `SPF ${s.result} for ${dom} (${aligned})`;
}

function dkimPhrase(input: FindingInput): string {
  const d = input.auth.dkim;
  if (d.length === 0) return input.auth.signatures.length === 0 ? 'DKIM: no signature' : 'DKIM: no result recorded';
  const from = input.alignment.from;
  return d
    .map((x) => {
      if (x.domain === '') return `DKIM ${x.result}${x.comment ? ` (${x.comment})` : ''}`;
      const o = orgInfo(x.domain).org;
      const al = from === '' ? '' : o !== '' && o === orgInfo(from).org ? `, aligned with ${from}` : `, not aligned with ${from}`;
      return `DKIM ${x.result} for ${x.domain}${x.comment ? ` (${x.comment})` : ''}${al}`;
    })
    .join('; ');
}

/**
 * Runs every rule. The order of the result is the order of the rules: authentication first,
 * then alignment, then transport and filtering.
 *
 * @example
 * diagnose(input).map((f) => f.id) // ['spf-none', 'dkim-none', 'dmarc-fail']
 */
export function diagnose(input: FindingInput): HeaderFinding[] {
  const out: HeaderFinding[] = [];
  const { auth, alignment } = input;
  const who = auth.trustedFrom === null ? 'the receiver' : auth.trustedFrom.authservId !== '' ? auth.trustedFrom.authservId : 'the receiving Microsoft 365 / Outlook.com organisation';
  const aev = authEvidence(input);
  const fwd = forwardingSigns(input);

  // --- SPF ---
  const spf = auth.spf;
  if (spf !== null) {
    const ev = spf.from === 'Received-SPF' ? receivedSpfEvidence(input) : aev;
    const dom = spf.domain === '<>' ? 'the empty envelope sender (<>)' : spf.domain || 'the envelope sender';
    const ip = spf.clientIp ? ` from ${spf.clientIp}` : '';
    const nullNote = spf.domain === '<>' || spf.identity === 'helo' ? ' The envelope sender was empty (as on bounces and NDRs) or only the HELO name was checked, so DMARC cannot pass through SPF here; only aligned DKIM can make it pass.' : '';
    const r = spf.result;
    if (r === 'none') out.push(make('spf-none', `${who} recorded spf=none for ${dom}${ip}: the domain publishes no SPF record.${nullNote}`, ev));
    else if (r === 'fail' || r === 'hardfail') out.push(make('spf-fail', `${who} recorded spf=fail for ${dom}${ip}: the domain's SPF record does not allow that IP.${fwd.signs.length > 0 ? ' The message shows forwarding, which is the likely cause.' : ''}${nullNote}`, ev, fwd.signs.length > 0 ? { owner: 'recipient-admin' } : undefined));
    else if (r === 'softfail') out.push(make('spf-softfail', `${who} recorded spf=softfail for ${dom}${ip}: the IP is not in the domain's SPF record, which ends in ~all.${fwd.signs.length > 0 ? ' The message shows forwarding, which is the likely cause.' : ''}`, ev, fwd.signs.length > 0 ? { owner: 'recipient-admin' } : undefined));
    else if (r === 'neutral') out.push(make('spf-neutral', `${who} recorded spf=neutral for ${dom}${ip}.`, ev));
    else if (r === 'temperror' || r === 'permerror' || r === 'error') {
      out.push(make('spf-error', `${who} recorded spf=${r} for ${dom}: ${r === 'permerror' ? 'the SPF record is broken (syntax, two records, or more than 10 DNS lookups)' : 'a DNS error stopped the check'}. A DNS lookup tells which.`, ev));
    } else if (r === 'pass' && spf.identity !== 'helo' && alignment.spfAligned === false) {
      out.push(make('spf-not-aligned', `SPF passed for ${dom}, but the From domain is ${alignment.from}: their organisational domains (${orgInfo(spf.domain).org || spf.domain} and ${alignment.fromOrgDomain || alignment.from}) differ, so this pass does not count for DMARC (relaxed alignment assumed).`, ev));
    }
    const srs = fwd.signs.some((s) => s.includes('SRS'));
    if (((r === 'fail' || r === 'softfail' || r === 'neutral') && fwd.signs.length > 0) || (r === 'pass' && srs && alignment.spfAligned === false)) {
      out.push(make('forwarding-broke-spf', `SPF ${r} for ${dom}${ip}, and the headers show forwarding: ${fwd.signs.join('; ')}. The forwarder sent the message from its own IP${srs ? ' and rewrote the envelope sender (SRS), so SPF checks the forwarder\'s domain, which does not align with From' : ', which the original sender\'s SPF record does not list'}. This is not the original sender's fault.`, [...ev, ...fwd.evidence]));
    }
  }

  // --- DKIM ---
  const dk = auth.dkim;
  const failing = dk.filter((d) => d.result !== 'pass' && d.result !== 'none' && !DKIM_UNSIGNED.test(d.comment));
  const unsigned = dk.length > 0 && dk.every((d) => d.result === 'none' || DKIM_UNSIGNED.test(d.comment));
  if (unsigned || (dk.length === 0 && auth.dmarc !== null && auth.signatures.length === 0)) {
    out.push(make('dkim-none', `${who} recorded ${dk.length > 0 ? `dkim=${dk[0]?.result}${dk[0]?.comment ? ` (${dk[0]?.comment})` : ''}` : 'no DKIM result and the headers carry no DKIM-Signature'}: the message was not signed, so DMARC could pass only through aligned SPF.`, aev));
  }
  const byKind = new Map<HeaderFindingId, string[]>();
  for (const d of failing) {
    const text = `${d.comment} ${d.reason}`;
    const id: HeaderFindingId = DKIM_BODY.test(text) ? 'dkim-body-hash' : DKIM_KEY.test(text) || d.result === 'temperror' ? 'dkim-key' : 'dkim-signature';
    const list = byKind.get(id) ?? [];
    list.push(`dkim=${d.result}${d.domain ? ` for ${d.domain}${d.selector ? ` (selector ${d.selector})` : ''}` : ''}${d.comment || d.reason ? ` — "${(d.reason || d.comment).slice(0, 120)}"` : ''}`);
    byKind.set(id, list);
  }
  const listed = input.byName.has('list-id') || input.byName.has('list-unsubscribe') || input.byName.has('list-post');
  // What an earlier sealer saw (ARC-Authentication-Results): a DKIM pass there and a failure here
  // places the change between that sealer and the final receiver.
  const arcSaw = (domain: string): string => {
    for (const r of auth.records) {
      if (r.trusted || r.header.toLowerCase() !== 'arc-authentication-results') continue;
      const hit = r.results.find((m) => m.method === 'dkim' && m.result === 'pass' && (domain === '' || (m.props['header.d'] ?? domainOf(m.props['header.i'] ?? '')).toLowerCase() === domain));
      if (hit !== undefined) return ` ARC instance ${r.instance ?? '?'}${r.authservId ? ` (${r.authservId})` : ''} recorded dkim=pass${domain ? ` for ${domain}` : ''} earlier, so the change happened after that hop.`;
    }
    return '';
  };
  for (const [id, list] of byKind) {
    const earlier = id === 'dkim-key' ? '' : failing.map((d) => arcSaw(d.domain)).find((x) => x !== '') ?? '';
    const extra0 =
      id === 'dkim-body-hash'
        ? ` Some hop after the signer changed the body (footer, disclaimer, list, antivirus or link rewriting)${input.hops.length > 0 ? '; the Received hops show who handled it' : ''}.`
        : id === 'dkim-key'
          ? ' The receiver could not get a usable public key for the selector.'
          : ' The signature does not match: a signed header was changed in transit, or the key in DNS is not the signing key.';
    const extra = extra0 + earlier;
    out.push(make(id, `${who} recorded ${list.join('; ')}.${extra}`, aev));
  }
  if (listed && (byKind.has('dkim-body-hash') || byKind.has('dkim-signature'))) {
    const lf = first(input, 'list-id') ?? first(input, 'list-unsubscribe') ?? first(input, 'list-post');
    out.push(make('mailing-list-broke-dkim', 'DKIM failed and the message came through a mailing list (List-* headers present): lists commonly add subject tags and footers, which break the original signature.', [...aev, ...(lf ? [fieldEvidence(lf)] : [])]));
  }
  const passing = dk.filter((d) => d.result === 'pass' && d.domain !== '');
  if (passing.length > 0 && alignment.from !== '' && !passing.some((d) => orgInfo(d.domain).org !== '' && orgInfo(d.domain).org === alignment.fromOrgDomain)) {
    out.push(make('dkim-not-aligned', `DKIM passed for ${passing.map((d) => d.domain).join(', ')}, but the From domain is ${alignment.from} (organisational domain ${alignment.fromOrgDomain || 'unknown'}): no passing signature aligns, so DKIM does not count for DMARC (relaxed alignment assumed).`, aev));
  }
  const partial = auth.signatures.filter((s) => s.bodyLength !== null);
  if (partial.length > 0) {
    out.push(make('dkim-partial-body', `DKIM-Signature for ${partial.map((s) => `${s.domain} (l=${s.bodyLength})`).join(', ')} signs only the first bytes of the body; anything appended later still verifies.`, partial.map((s) => fieldEvidence(input.fields[s.fieldIndex] as HeaderField))));
  }

  // --- DMARC, ARC, compauth ---
  const dm = auth.dmarc;
  const ca = auth.compauth;
  if (dm !== null) {
    const from = dm.headerFrom || alignment.from;
    if (dm.result === 'fail') {
      const pol = dm.policy ? ` The domain's policy is p=${dm.policy}.` : '';
      const act = dm.action ? ` The receiver's action: ${dm.action} — ${dm.disposition ? `read as "${dm.disposition}": ` : ''}${dm.actionMeaning}.` : '';
      const comp = ca ? ` Microsoft's composite authentication: compauth=${ca.result}${ca.reason ? ` reason=${ca.reason} (${ca.meaning})` : ''}.` : '';
      out.push(make('dmarc-fail', `DMARC failed for the From domain ${from}. ${spfPhrase(input)}. ${dkimPhrase(input)}. Neither gave an aligned pass.${pol}${act}${comp}`, aev));
      const a = dm.action.toLowerCase();
      if (a.startsWith('pct.') || (a === 'none' && (dm.policy === 'REJECT' || dm.policy === 'QUARANTINE'))) {
        out.push(make('dmarc-not-applied', `DMARC failed, but the receiver did not apply the policy${dm.policy ? ` p=${dm.policy}` : ''} to this message (${dm.action}${dm.actionMeaning ? `: ${dm.actionMeaning}` : ''}).`, aev));
      }
    } else if (dm.result === 'none' || dm.result === 'bestguesspass') {
      out.push(make('dmarc-none', `${who} recorded dmarc=${dm.result} for ${from}: the domain publishes no DMARC record${dm.result === 'bestguesspass' ? ', though the message would have passed if it did' : ''}.`, aev));
    }
  }
  if ((ca !== null && ca.reason === '130') || (dm?.result === 'fail' && auth.arc?.result === 'pass')) {
    out.push(make('arc-rescued', `${ca?.reason === '130' ? 'compauth reason 130: the ARC result overrode the DMARC failure.' : `DMARC failed but ${who} recorded arc=pass: an intermediary's ARC seal carries the results from before the message was changed.`} Seals: ${auth.arc && auth.arc.seals.length > 0 ? auth.arc.seals.map((s) => `i=${s.instance} cv=${s.cv} by ${s.domain}`).join(', ') : 'none in the headers'}.`, aev));
  }
  const intra = ca !== null && (ca.reason === '010' || (ca.reason.length === 3 && ca.reason.startsWith('6')));
  const intos = spamVerdictEvidence(input.antispam).find((h) => h.field.toUpperCase() === 'CAT:INTOS');
  if (intra || intos !== undefined) {
    out.push(make('intra-org-spoof', `${intra ? `compauth=${ca?.result} reason=${ca?.reason}: ${ca?.meaning}.` : 'The anti-spam stamp says CAT:INTOS (intra-organisation phishing).'}`, aev));
  }

  // --- From and alignment ---
  const fromFields = input.byName.get('from') ?? [];
  const fromAddrs = fromFields.length > 0 ? extractAddresses((fromFields[0] as HeaderField).value) : [];
  if (fromFields.length === 0) {
    if (input.byName.has('received') && (input.byName.has('subject') || input.byName.has('message-id'))) out.push(make('from-invalid', 'The headers have no From field: DMARC has no domain to check.', []));
  } else if (fromFields.length > 1 || fromAddrs.length > 1) {
    out.push(make('from-invalid', fromFields.length > 1 ? 'The message has more than one From field; receivers may reject it or pick either.' : `From holds ${fromAddrs.length} addresses; DMARC needs exactly one author domain.`, fromFields.map(fieldEvidence)));
  } else if (alignment.from !== '' && alignment.fromOrgDomain === '') {
    out.push(make('from-invalid', `The From domain ${alignment.from} is not under a public suffix, so it has no organisational domain for DMARC.`, fromFields.map(fieldEvidence)));
  }
  const mismatch = alignmentMismatch(input);
  if (mismatch !== null) out.push(mismatch);

  // --- Transport ---
  const skewed = input.hops.filter((h) => h.clockSkew);
  if (skewed.length > 0) {
    const firstDated = input.hops.find((h) => h.date !== '');
    out.push(make('clock-skew', `${skewed.map((h) => `hop ${h.hop} (${h.by || 'unknown host'}) is dated ${formatSeconds(-(h.delaySeconds as number))} before ${h === firstDated ? "the message's Date field" : 'the hop below it'}`).join('; ')}. The hops keep the order they were written in.`, skewed.map((h) => ({ where: 'header:Received', text: clip(`Received: ${h.raw}`) }))));
  }
  const slow = input.hops.filter((h) => h.delaySeconds !== null && h.delaySeconds > SLOW_HOP_SECONDS);
  if (slow.length > 0) {
    out.push(make('slow-hop', slow.map((h) => `hop ${h.hop} (${h.by || 'unknown host'}) took ${formatSeconds(h.delaySeconds as number)}`).join('; ') + '.', slow.map((h) => ({ where: 'header:Received', text: clip(`Received: ${h.raw}`) }))));
  }
  const spam = spamVerdictEvidence(input.antispam);
  if (spam.length > 0) {
    const hdrs = new Set(spam.map((s) => s.header));
    const ev: Evidence[] = [];
    for (const f of input.fields) if (hdrs.has(f.name) && ev.length < 3) ev.push(fieldEvidence(f));
    out.push(make('spam-verdict', `Microsoft's stamps say: ${spam.map((s) => s.field).join(', ')}.`, ev));
  }
  return out;
}

function alignmentMismatch(input: FindingInput): HeaderFinding | null {
  const al = input.alignment;
  if (al.from === '') return null;
  const others = new Map<string, string[]>();
  const addOther = (domain: string, label: string): void => {
    if (domain === '' || domain === '<>' || domain === al.from) return;
    // A subdomain of From (or its parent) under one organisation is the usual, aligned set-up.
    const sameOrg = orgInfo(domain).org !== '' && orgInfo(domain).org === al.fromOrgDomain;
    if (sameOrg && (isUnder(domain, al.from) || isUnder(al.from, domain))) return;
    const l = others.get(domain) ?? [];
    l.push(label);
    others.set(domain, l);
  };
  addOther(al.mailFrom, al.mailFromSource === 'Return-Path' ? 'Return-Path' : `MailFrom (${al.mailFromSource})`);
  const rp = first(input, 'return-path');
  if (rp !== undefined && al.mailFromSource !== 'Return-Path') {
    const d = domainOf(rp.value);
    if (d !== al.mailFrom) addOther(d, 'Return-Path');
  }
  addOther(al.sender, 'Sender');
  if (others.size === 0) return null;
  const sentences: string[] = [];
  let anyRelaxedFail = false;
  for (const [domain, labels] of others) {
    const relaxed = orgInfo(domain).org !== '' && orgInfo(domain).org === al.fromOrgDomain;
    if (!relaxed) anyRelaxedFail = true;
    sentences.push(`${labels.join(' and ')}: ${domain} against From: ${al.from}. ${explainAlignment(domain, al.from)}`);
  }
  const ev: Evidence[] = [];
  for (const n of ['from', 'return-path', 'sender']) {
    const f = first(input, n);
    if (f !== undefined) ev.push(fieldEvidence(f));
  }
  const senderNote = al.sender !== '' && al.sender !== al.from ? ' Sender does not count for DMARC, but Outlook shows a differing Sender as "sent on behalf of".' : '';
  const dmarcNote = input.auth.dmarc === null ? ` No DMARC result is recorded in these headers; DMARC compares the From domain with the MailFrom (through SPF) and the DKIM d= domains.${senderNote}` : senderNote;
  return make('alignment-mismatch', `The P1 (envelope) and P2 (From) domains differ. ${sentences.join(' ')} ${al.note}${dmarcNote}`, ev, { severity: anyRelaxedFail ? 'warning' : 'info' });
}

/** "1 h 2 min 5 s" style. */
export function formatSeconds(total: number): string {
  const { negative: neg, days: d, hours: h, minutes: m, seconds: s } = splitDuration(total);
  const parts: string[] = [];
  if (d) parts.push(`${d} d`);
  if (h) parts.push(`${h} h`);
  if (m) parts.push(`${m} min`);
  if (s || parts.length === 0) parts.push(`${s} s`);
  return (neg ? '-' : '') + parts.join(' ');
}
