/**
 * The MIME layer's surface for the rest of the library.
 */
export { assembleMessage, parseMessage } from './parse-message.js';
export { parseHeaderBlock, parseParams, EMPTY_HEADERS } from './header-list.js';
export { decodeBinary, normalizeCharset } from './charset.js';
export { decodeEncodedWords } from './encoded-word.js';
export { htmlToText } from './html-to-text.js';
export type { HeaderField, HeaderList, MimePart, ParsedMessage } from './types.js';
