/**
 * The page's analysis, run in the worker: decides what the input is, runs the library
 * (explain, parseBounce, analyzeHeaders) and builds the view model. The library is passed in,
 * so this file is the same whatever bundles it.
 */
import type { DeliveryRecord, ExplainResult } from '../types.js';
import { NdrkitError } from '../errors.js';
import type { Diagnosis, MessageView, RecipientCard } from './diagnosis.js';
import type { HeaderAnalysisLike } from './headers-view.js';
import { headersView } from './headers-view.js';
import { detectInputKind } from './input-kind.js';
import type { FileInput } from './protocol.js';
import { cardFromExplain, cardFromRecord, explainInputOf } from './view-model.js';

/** What `parseBounce` returns, as far as the page reads it. */
export interface ParseResultLike {
  readonly records: readonly DeliveryRecord[];
  readonly warnings: readonly string[];
  readonly originalHeaders: string | null;
}

/** The library functions the page runs. */
export interface Library {
  explain(input: string): ExplainResult;
  parseBounce(input: Uint8Array | string, options?: { file?: string }): Promise<ParseResultLike>;
  analyzeHeaders(text: string): HeaderAnalysisLike;
}

/** The JSON export of one message: what `ndr parse --json`, `ndr headers --json` print. */
interface MessageJson {
  readonly file: string;
  readonly records: readonly DeliveryRecord[];
  readonly warnings: readonly string[];
  readonly headers: HeaderAnalysisLike | null;
}

function errorText(err: unknown): string {
  return err instanceof NdrkitError ? err.message : `The analysis failed: ${err instanceof Error ? err.message : String(err)}`;
}

function explainRecord(lib: Library, r: DeliveryRecord): ExplainResult | null {
  const text = explainInputOf(r);
  return text === '' ? null : lib.explain(text);
}

async function analyzeMessage(lib: Library, input: Uint8Array | string, file: string): Promise<{ view: MessageView; json: MessageJson }> {
  let parsed: ParseResultLike;
  try {
    parsed = await lib.parseBounce(input, { file });
  } catch (err) {
    const warning = errorText(err);
    return { view: { file, subject: '', cards: [], headers: null, warnings: [warning] }, json: { file, records: [], warnings: [warning], headers: null } };
  }
  const cards: RecipientCard[] = parsed.records.map((r) => cardFromRecord(r, explainRecord(lib, r)));
  // The original message's headers when the report quotes them; else, for a message that is
  // not a bounce, its own headers.
  let headerText = parsed.originalHeaders;
  if (headerText === null && parsed.records.length === 0) headerText = typeof input === 'string' ? input : new TextDecoder().decode(input);
  const headers = headerText !== null && headerText.trim() !== '' ? lib.analyzeHeaders(headerText) : null;
  const subject = parsed.records[0]?.original.subject ?? '';
  return {
    view: { file, subject, cards, headers: headers === null ? null : headersView(headers), warnings: [...parsed.warnings] },
    json: { file, records: parsed.records, warnings: parsed.warnings, headers },
  };
}

/**
 * Analyses pasted text.
 *
 * @example
 * ```ts
 * const d = await analyzeText(library, '550 5.1.1 User unknown'); // d.kind === 'code'
 * ```
 */
export async function analyzeText(lib: Library, text: string): Promise<Diagnosis> {
  const kind = detectInputKind(text);
  switch (kind) {
    case 'empty':
      return { kind, messages: [], json: null };
    case 'code': {
      const result = lib.explain(text);
      return { kind, messages: [{ file: '', subject: '', cards: [cardFromExplain(result)], headers: null, warnings: [...result.warnings] }], json: result };
    }
    case 'headers': {
      const analysis = lib.analyzeHeaders(text);
      return { kind, messages: [{ file: '', subject: '', cards: [], headers: headersView(analysis), warnings: [] }], json: analysis };
    }
    case 'message':
    case 'ndr-text': {
      const { view, json } = await analyzeMessage(lib, text, '');
      if (view.cards.length > 0 || kind === 'message') return { kind, messages: [view], json };
      // NDR text the parser found no recipient in: explain the codes and replies it holds.
      const result = lib.explain(text);
      const cards = result.matches.length > 0 || result.codes.length > 0 ? [cardFromExplain(result)] : [];
      return { kind, messages: [{ ...view, cards, headers: null }], json: { ...json, explain: result } };
    }
  }
}

/** Analyses dropped files, one message each. */
export async function analyzeFiles(lib: Library, files: readonly FileInput[]): Promise<Diagnosis> {
  const messages: MessageView[] = [];
  const json: MessageJson[] = [];
  for (const f of files) {
    const r = await analyzeMessage(lib, f.bytes, f.name);
    messages.push(r.view);
    json.push(r.json);
  }
  return { kind: 'message', messages, json };
}
