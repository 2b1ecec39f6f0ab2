/**
 * Request limits of the HTTP API, as named constants with the reason for each. A body over its
 * limit is refused with 413 while it streams in, before it is buffered whole.
 */

/** One MiB. */
const MIB = 1024 * 1024;

/**
 * `POST /api/parse`: 25 MiB. Exchange Online's default maximum message size is 25 MB, as is
 * Gmail's and Yahoo's, so a bounce that quotes a refused message whole still fits. A larger
 * request is refused early, which keeps one request from taking a small server's memory (the
 * parser holds the message and its decoded parts at the same time).
 */
export const PARSE_MAX_BYTES = 25 * MIB;

/**
 * `POST /api/headers`: 25 MiB, because callers often post a whole message and let the header
 * analysis read only its header section; the same bound as a message.
 */
export const HEADERS_MAX_BYTES = 25 * MIB;

/**
 * `POST /api/explain`: 1 MiB. A code, a reply line or the text of an NDR copied out of a mail
 * client is a few KiB; a whole message with attachments belongs in `/api/parse`.
 */
export const EXPLAIN_MAX_BYTES = 1 * MIB;

/** Files in one multipart `POST /api/parse`: enough for a batch, few enough to answer quickly. */
export const PARSE_MAX_FILES = 100;
