/**
 * Errors thrown by ndrkit. Analysis of mail never throws: it returns results with warnings.
 * Only caller mistakes (bad options) and limits (size, depth, time) throw, always as an
 * {@link NdrkitError} with a stable `code` that scripts can test.
 */

/** Stable error codes. */
export type NdrkitErrorCode =
  | 'ERR_INVALID_OPTION'
  | 'ERR_INVALID_INPUT'
  | 'ERR_TOO_LARGE'
  | 'ERR_EMPTY_INPUT'
  | 'ERR_BINARY_INPUT'
  | 'ERR_LIMIT'
  | 'ERR_IO';

/** Base class of every error ndrkit throws on purpose. */
export class NdrkitError extends Error {
  readonly code: NdrkitErrorCode;
  /** The option or input field at fault, when there is one. */
  readonly field: string | undefined;

  constructor(code: NdrkitErrorCode, message: string, options?: { field?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'NdrkitError';
    this.code = code;
    this.field = options?.field;
  }
}
