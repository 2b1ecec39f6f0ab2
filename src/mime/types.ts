/**
 * The normalised message: what the MIME layer hands to detectors. Line ends are always "\n",
 * header values are unfolded and decoded, part bodies are decoded to text.
 */

/** One header field. */
export interface HeaderField {
  /** Field name in lower case (`subject`, `x-failed-recipients`). */
  readonly name: string;
  /** Unfolded value with RFC 2047 words and 8-bit bytes decoded, trimmed. */
  readonly value: string;
}

/** A header block: ordered fields plus lookups by name (case-insensitive). */
export interface HeaderList {
  readonly fields: readonly HeaderField[];
  /** The first value of a field, or "" when absent. `name` is case-insensitive. */
  get(name: string): string;
  /** Every value of a field, in order. */
  getAll(name: string): readonly string[];
  has(name: string): boolean;
  /** The header block as text ("\n" line ends, no trailing blank line). */
  readonly text: string;
}

/** One leaf part of a message (multiparts are flattened; attached messages are leaves). */
export interface MimePart {
  readonly headers: HeaderList;
  /** `type/subtype` in lower case; `text/plain` when absent. */
  readonly contentType: string;
  /** Content-Type parameters, names in lower case. */
  readonly params: ReadonlyMap<string, string>;
  readonly charset: string;
  /** `attachment`, `inline` or "". */
  readonly disposition: string;
  readonly filename: string;
  /** Nesting depth: 0 for a single-part message's body, 1 for a top multipart's children, ... */
  readonly depth: number;
  /**
   * The decoded body as text ("\n" line ends). For message/rfc822 and text/rfc822-headers this is
   * the enclosed message or header block, with its own encodings left as they are.
   */
  readonly text: string;
}

/** A parsed message. */
export interface ParsedMessage {
  readonly headers: HeaderList;
  /** Leaf parts in document order. A single-part message has one. */
  readonly parts: readonly MimePart[];
  /** Problems met while parsing (truncated, limits hit); never fatal. */
  readonly warnings: readonly string[];
  /**
   * The whole body as one text, Sisimai style: every text part in order, and each
   * message/delivery-status, message/rfc822 or text/rfc822-headers part preceded by a line
   * `Content-Type: <type>` and a blank line. Detectors that scan lines use this, so a report
   * reads the same whether it came as one part or several.
   */
  readonly flatText: string;
}
