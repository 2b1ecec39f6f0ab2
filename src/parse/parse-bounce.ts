/**
 * The bounce pipeline: bytes or text -> normalised message -> detectors in order (then the RFC
 * 3464 and generic fallbacks) -> one classified delivery record per recipient. A report
 * forwarded inside another message is read from the enclosed message when the outer one is not
 * itself a report. Never throws on bad mail.
 */
import { ALL_DETECTORS } from '../detectors/order.js';
import { MarkerScan, markersOf } from '../detectors/markers.js';
import { rfc3464 } from '../detectors/rfc3464.js';
import type { Detection, Detector, RecipientReport } from '../detectors/types.js';
import { toIsoDate } from '../dsn/date.js';
import { NdrkitError } from '../errors.js';
import { looksBinary } from '../explain/normalize.js';
import { MAX_MESSAGE_BYTES } from '../mime/limits.js';
import { bytesToBinary } from '../mime/binary.js';
import { parseMessage } from '../mime/parse-message.js';
import type { ParsedMessage } from '../mime/types.js';
import type { DeliveryRecord, ParseOptions, ParseResult } from '../types.js';
import { buildRecord } from './build-record.js';
import { isPersonForward, unwrapInlineForward } from './forwarded.js';
import { findOriginalHeaders, readOriginal } from './original-message.js';

/** How much of an input that yields no report is looked at to tell binary data from text. */
const BINARY_SNIFF = 8192;

/** How many enclosed messages deep a forwarded report is looked for. */
const MAX_FORWARD_DEPTH = 2;

interface Found {
  readonly detector: Detector;
  readonly detection: Detection;
  readonly message: ParsedMessage;
}

function runDetectors(message: ParsedMessage, detectors: readonly Detector[], warnings: string[]): Found | null {
  const scan = new MarkerScan(message);
  const markers = markersOf(detectors);
  for (let i = 0; i < detectors.length; i++) {
    const d = detectors[i] as Detector;
    // a detector none of whose markers the message shows would reject it: not called
    if (!scan.shows(markers[i] ?? null)) continue;
    let det: Detection | null;
    try {
      det = d.detect(message);
    } catch (err) {
      // A detector bug must not take the whole parse down; say so and try the next one.
      warnings.push(`detector ${d.id} failed: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    if (det && det.recipients.length > 0) return { detector: d, detection: det, message };
  }
  return null;
}

/**
 * The report a message carries: one forwarded inline (then the forward's attachments are the
 * forwarded message's parts: its returned message is not the report), else one in a
 * message/rfc822 part.
 */
function detectInside(message: ParsedMessage, detectors: readonly Detector[], warnings: string[], depth: number): Found | null {
  const inline = unwrapInlineForward(message);
  if (inline) return detect(inline, detectors, warnings, depth + 1);
  for (const p of message.parts) {
    if (p.contentType !== 'message/rfc822' && p.contentType !== 'message/global') continue;
    const inner = parseMessage(p.text);
    const f = detect(inner, detectors, warnings, depth + 1);
    if (f) return f;
  }
  return null;
}

/**
 * The report in a message. A person's forward is read inside first (the report it carries,
 * attached or inline, then the forward itself); any other message is read as it is first, then
 * inside (a report forwarded by a mail system, or with a Subject that does not say so).
 */
function detect(message: ParsedMessage, detectors: readonly Detector[], warnings: string[], depth: number): Found | null {
  if (depth >= MAX_FORWARD_DEPTH) return runDetectors(message, detectors, warnings);
  if (isPersonForward(message)) return detectInside(message, detectors, warnings, depth) ?? runDetectors(message, detectors, warnings);
  return runDetectors(message, detectors, warnings) ?? detectInside(message, detectors, warnings, depth);
}

/** Fields a standard delivery-status part can fill in when a detector left them empty. */
const FILLABLE = ['action', 'status', 'replyCode', 'diagnosticCode', 'remoteMta', 'command', 'date'] as const;

/**
 * Many mail systems send a standard delivery-status part next to their own text. A detector
 * reads the text; what it leaves empty for a recipient is filled from the delivery-status part
 * (matched by address). The detector stays the authority on which recipients there are.
 */
function fillFromDeliveryStatus(found: Found): Detection {
  const det = found.detection;
  if (found.detector.id === rfc3464.id) return det;
  const ds = rfc3464.detect(found.message);
  if (!ds) return det;
  const byAddress = new Map<string, RecipientReport>();
  for (const r of ds.recipients) if (r.recipient) byAddress.set(r.recipient.toLowerCase(), r);
  const recipients = det.recipients.map((r) => {
    const d = r.recipient ? byAddress.get(r.recipient.toLowerCase()) : det.recipients.length === 1 && ds.recipients.length === 1 ? ds.recipients[0] : undefined;
    if (!d) return r;
    const out: RecipientReport = { ...r };
    let filled = false;
    for (const k of FILLABLE) {
      const v = d[k];
      if ((out[k] === undefined || out[k] === '') && v !== undefined && v !== '') {
        out[k] = v;
        filled = true;
      }
    }
    // A reason the delivery-status part states (ndrkit's X-Ndrkit-Reason), when the detector has none.
    if (out.statedReason === undefined && d.statedReason !== undefined) {
      out.statedReason = d.statedReason;
      filled = true;
    }
    if (filled) out.evidence = [...(r.evidence ?? []), ...(d.evidence ?? [])];
    return out;
  });
  return { ...det, recipients, ...(det.reportingMta ? {} : ds.reportingMta ? { reportingMta: ds.reportingMta } : {}) };
}

/**
 * Parses one message synchronously with a given detector list (tests, workers).
 * See {@link parseBounce}.
 */
export function parseBounceSync(input: Uint8Array | string, options: ParseOptions = {}, detectors: readonly Detector[] = ALL_DETECTORS): ParseResult {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new NdrkitError('ERR_INVALID_INPUT', 'parseBounce: input must be a Uint8Array or a string', { field: 'input' });
  }
  if (options === null || typeof options !== 'object') throw new NdrkitError('ERR_INVALID_OPTION', 'parseBounce: options must be an object', { field: 'options' });
  if (options.file !== undefined && typeof options.file !== 'string') throw new NdrkitError('ERR_INVALID_OPTION', 'parseBounce: options.file must be a string', { field: 'file' });
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_MESSAGE_BYTES) throw new NdrkitError('ERR_TOO_LARGE', `input larger than ${MAX_MESSAGE_BYTES} bytes`, { field: 'input' });
  const file = options.file ?? '';
  const warnings: string[] = [];
  if (size === 0) return { records: [], warnings: ['empty input'], originalHeaders: null };
  const message = parseMessage(input);
  warnings.push(...message.warnings);
  const found = detect(message, detectors, warnings, 0);
  if (!found) {
    // say why nothing was found when the input is not mail at all (an image, an archive, UTF-16)
    const head = typeof input === 'string' ? input.slice(0, BINARY_SNIFF) : bytesToBinary(input.subarray(0, BINARY_SNIFF));
    if (looksBinary(head)) warnings.push('the input looks like binary data, not an email message or NDR text');
    return { records: [], warnings, originalHeaders: null };
  }
  const detection = fillFromDeliveryStatus(found);
  if (detection.warnings) warnings.push(...detection.warnings);
  const originalHeaders = findOriginalHeaders(found.message, detection.originalHeaders);
  let reportDate: string | undefined;
  const ctx = {
    file,
    detector: found.detector.id,
    reportingMta: detection.reportingMta ?? '',
    // Most records carry their own date: the report's is read only for those that do not.
    reportDate: (): string => (reportDate ??= toIsoDate(found.message.headers.get('date')) || toIsoDate(message.headers.get('date'))),
    original: readOriginal(originalHeaders),
  };
  const records: DeliveryRecord[] = detection.recipients.map((r) => buildRecord(r, ctx));
  return { records, warnings, originalHeaders: originalHeaders?.text ?? null };
}

/**
 * Parses a bounce message (or pasted NDR text) into one delivery record per recipient.
 * Never rejects for malformed mail: problems are listed in `warnings`. Rejects with an
 * NdrkitError only for a wrong argument type or an input over the size limit.
 * @example
 * const { records } = await parseBounce(bytes, { file: 'bounce.eml' });
 * for (const r of records) console.log(r.recipient, r.status, r.reason, r.hardBounce);
 */
export async function parseBounce(input: Uint8Array | string, options?: ParseOptions): Promise<ParseResult> {
  return parseBounceSync(input, options);
}
