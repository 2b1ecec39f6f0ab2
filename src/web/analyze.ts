/**
 * The page's analysis, run in the worker: decides what the input is, runs the library
 * (explain, explainReply, parseBounce, analyzeHeaders) and builds the view model. The library is
 * passed in, so this file is the same whatever bundles it.
 */
import type { DeliveryRecord, ExplainMatch, ExplainResult, HeaderAnalysis, ReplyFacts } from '../types.js';
import { NdrkitError } from '../errors.js';
import type { Diagnosis, MessageView, RecipientCard } from './diagnosis.js';
import { headersView } from './headers-view.js';
import { detectInputKind } from './input-kind.js';
import type { FileInput } from './protocol.js';
import { cardFromRecord, cardsFromExplain, replyFactsOf } from './view-model.js';

/** What `parseBounce` returns, as far as the page reads it. */
export interface ParseResultLike {
  readonly records: readonly DeliveryRecord[];
  readonly warnings: readonly string[];
  readonly originalHeaders: string | null;
}

/** The library functions the page runs. */
export interface Library {
  explain(input: string): ExplainResult;
  explainReply(facts: ReplyFacts): readonly ExplainMatch[];
  analyzeHeaders(text: string): HeaderAnalysis;
  /** Absent from a build without the bounce parser: messages are then read for headers only. */
  readonly parseBounce?: (input: Uint8Array | string, options?: { file?: string }) => Promise<ParseResultLike>;
}

/** The JSON export of one message: the library's own results. */
interface MessageJson {
  readonly file: string;
  readonly records: readonly DeliveryRecord[];
  readonly warnings: readonly string[];
  readonly headers: HeaderAnalysis | null;
  readonly explain?: ExplainResult;
}

const NO_PARSER = 'This build cannot read whole bounce messages yet (the bounce parser is missing); only the headers were analysed.';

function errorText(err: unknown): string {
  return err instanceof NdrkitError ? err.message : `The analysis failed: ${err instanceof Error ? err.message : String(err)}`;
}

/** Header analysis of a block, or null when it holds no header field. */
function headersOf(lib: Library, text: string, warnings: string[]): HeaderAnalysis | null {
  try {
    const a = lib.analyzeHeaders(text);
    return a.summary.fieldCount > 0 ? a : null;
  } catch (err) {
    warnings.push(errorText(err));
    return null;
  }
}

async function analyzeMessage(lib: Library, input: Uint8Array | string, file: string): Promise<{ view: MessageView; json: MessageJson }> {
  const warnings: string[] = [];
  let parsed: ParseResultLike = { records: [], warnings: [], originalHeaders: null };
  if (lib.parseBounce === undefined) warnings.push(NO_PARSER);
  else {
    try {
      parsed = await lib.parseBounce(input, { file });
    } catch (err) {
      warnings.push(errorText(err));
    }
  }
  warnings.push(...parsed.warnings);
  const cards: RecipientCard[] = parsed.records.map((r) => cardFromRecord(r, lib.explainReply(replyFactsOf(r))));
  // The original message's headers when the report quotes them; else the message's own (the
  // header analysis finds an NDR's original headers by itself).
  const text = parsed.originalHeaders ?? (typeof input === 'string' ? input : new TextDecoder().decode(input));
  const headers = headersOf(lib, text, warnings);
  const subject = parsed.records[0]?.original.subject || headers?.summary.subject || '';
  return {
    view: { file, subject, cards, headers: headers === null ? null : headersView(headers), warnings },
    json: { file, records: parsed.records, warnings, headers },
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
      return { kind, messages: [{ file: '', subject: '', cards: cardsFromExplain(result), headers: null, warnings: [...result.warnings] }], json: result };
    }
    case 'headers': {
      const analysis = lib.analyzeHeaders(text);
      return { kind, messages: [{ file: '', subject: '', cards: [], headers: headersView(analysis), warnings: [] }], json: analysis };
    }
    case 'message':
    case 'ndr-text': {
      const { view, json } = await analyzeMessage(lib, text, '');
      if (view.cards.length > 0) return { kind, messages: [view], json };
      // No delivery record (NDR text copied out of a mail client, or no parser): explain the
      // codes, replies and servers the text holds.
      let result: ExplainResult;
      try {
        result = lib.explain(text);
      } catch (err) {
        return { kind, messages: [{ ...view, warnings: [...view.warnings, errorText(err)] }], json };
      }
      const cards = result.matches.length > 0 || result.codes.length > 0 ? cardsFromExplain(result) : [];
      const warnings = kind === 'ndr-text' ? view.warnings.filter((w) => w !== NO_PARSER) : view.warnings;
      return { kind, messages: [{ ...view, cards, warnings: [...warnings, ...result.warnings] }], json: { ...json, explain: result } };
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
