/**
 * Reads the input of an API request: text (text/plain or JSON `{"input": "..."}`) for explain
 * and headers; one raw message, JSON, or several files as multipart/form-data for parse.
 * Every refusal is an {@link ApiError} with a 4xx status and a sentence the caller can act on.
 */
import type { Context } from 'hono';
import { ApiError } from './api-error.js';
import { PARSE_MAX_FILES } from './limits.js';

/** One message to parse, with the name it came under ("" when none). */
export interface MessageInput {
  readonly file: string;
  readonly bytes: Uint8Array;
}

/** How many leading bytes are checked for NUL, the mark of binary input. */
const BINARY_SNIFF_BYTES = 8192;

function mediaType(c: Context): string {
  const raw = c.req.header('content-type') ?? '';
  const semi = raw.indexOf(';');
  return (semi === -1 ? raw : raw.slice(0, semi)).trim().toLowerCase();
}

async function readJsonInput(c: Context): Promise<{ input: string; file: string }> {
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw new ApiError(400, 'ERR_BAD_JSON', 'The body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError(400, 'ERR_INVALID_INPUT', 'Send a JSON object: {"input": "..."}.', 'input');
  }
  const input: unknown = (body as { input?: unknown }).input;
  if (typeof input !== 'string') {
    throw new ApiError(400, 'ERR_INVALID_INPUT', 'The "input" field must be a string.', 'input');
  }
  const file: unknown = (body as { file?: unknown }).file;
  if (file !== undefined && typeof file !== 'string') {
    throw new ApiError(400, 'ERR_INVALID_INPUT', 'The "file" field must be a string.', 'file');
  }
  return { input, file: file ?? '' };
}

function refuseEmpty(text: string): void {
  if (text.trim() === '') throw new ApiError(400, 'ERR_EMPTY_INPUT', 'The input is empty.', 'input');
}

/**
 * Reads a text input: `text/plain` (or no Content-Type) as the text itself, or
 * `application/json` as `{"input": "..."}`. Refuses other media types (415), empty and binary input (400).
 */
export async function readTextInput(c: Context): Promise<string> {
  const type = mediaType(c);
  let text: string;
  if (type === 'application/json') text = (await readJsonInput(c)).input;
  else if (type === '' || type.startsWith('text/')) text = await c.req.text();
  else {
    throw new ApiError(415, 'ERR_UNSUPPORTED_MEDIA_TYPE', `Send text/plain or application/json {"input": "..."}, not ${type}.`);
  }
  refuseEmpty(text);
  if (text.slice(0, BINARY_SNIFF_BYTES).includes('\u0000')) {
    throw new ApiError(400, 'ERR_BINARY_INPUT', 'The input looks binary (it holds NUL characters); send text.', 'input');
  }
  return text;
}

/** Media types read as one raw message. */
const RAW_MESSAGE_TYPES = new Set(['', 'message/rfc822', 'message/global', 'application/octet-stream', 'application/mbox']);

/**
 * Reads the messages of a parse request: multipart/form-data (every file part is a message),
 * JSON `{"input": "...", "file": "..."}`, or the raw body as one message (`message/rfc822`,
 * `text/plain`, `application/octet-stream`, or no Content-Type; `?file=` names it).
 */
export async function readMessages(c: Context): Promise<MessageInput[]> {
  const type = mediaType(c);
  if (type === 'multipart/form-data') return readMultipart(c);
  if (type === 'application/json') {
    const { input, file } = await readJsonInput(c);
    refuseEmpty(input);
    return [{ file, bytes: new TextEncoder().encode(input) }];
  }
  if (RAW_MESSAGE_TYPES.has(type) || type.startsWith('text/')) {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length === 0 || new TextDecoder().decode(bytes.subarray(0, BINARY_SNIFF_BYTES)).trim() === '') {
      refuseEmpty('');
    }
    return [{ file: c.req.query('file') ?? '', bytes }];
  }
  throw new ApiError(
    415,
    'ERR_UNSUPPORTED_MEDIA_TYPE',
    `Send one message as message/rfc822 (or text/plain), several as multipart/form-data, or JSON {"input": "..."}; not ${type}.`,
  );
}

async function readMultipart(c: Context): Promise<MessageInput[]> {
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch {
    throw new ApiError(400, 'ERR_INVALID_INPUT', 'The multipart/form-data body could not be read.');
  }
  const out: MessageInput[] = [];
  for (const [name, value] of form.entries()) {
    if (out.length >= PARSE_MAX_FILES) {
      throw new ApiError(400, 'ERR_LIMIT', `Send at most ${PARSE_MAX_FILES} messages per request.`);
    }
    if (typeof value === 'string') {
      if (value.trim() !== '') out.push({ file: name, bytes: new TextEncoder().encode(value) });
    } else {
      out.push({ file: value.name || name, bytes: new Uint8Array(await value.arrayBuffer()) });
    }
  }
  if (out.length === 0) throw new ApiError(400, 'ERR_EMPTY_INPUT', 'The form holds no message: attach one or more files.');
  return out;
}
