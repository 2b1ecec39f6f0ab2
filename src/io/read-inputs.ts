/**
 * Node-only input reading for the CLI and batch callers: files, folders (recursively, every
 * regular file whatever its name: content decides), maildirs, mbox files (streamed) and standard
 * input. Yields one message at a time, so memory stays flat.
 */
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { looksLikeMbox, splitMbox } from './mbox.js';

/** One message to parse, or an input that could not be read. */
export type InputItem =
  | {
      readonly kind: 'message';
      /** The path (or name) the message was read from; every message of an mbox shares it. */
      readonly file: string;
      /** The message's 1-based position in an mbox that held several; absent otherwise. */
      readonly message?: number;
      readonly bytes: Uint8Array;
    }
  | { readonly kind: 'error'; readonly file: string; readonly code: string; readonly message: string };

/** Most files visited under one folder (a guard against walking a whole disk by mistake). */
export const MAX_FILES = 10_000_000;
/** Deepest folder nesting followed. */
const MAX_DIR_DEPTH = 64;

async function* walk(dir: string, depth: number, count: { n: number }): AsyncGenerator<InputItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { kind: 'error', file: dir, code: (err as NodeJS.ErrnoException).code ?? 'EIO', message: (err as Error).message };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (depth < MAX_DIR_DEPTH) yield* walk(p, depth + 1, count);
    } else if (e.isFile()) {
      if (++count.n > MAX_FILES) return;
      yield* readFileInput(p);
    }
  }
}

async function readHead(path: string, n: number): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = new Uint8Array(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * Yields the messages of an mbox-or-message stream, each named `name` (the records then name the
 * file they came from, which is how batch tools and scorers match them); when the stream holds
 * several, each also carries its 1-based position in `message`.
 */
export async function* messagesOfStream(name: string, chunks: AsyncIterable<Uint8Array>): AsyncGenerator<InputItem> {
  let first: Uint8Array | null = null;
  let n = 0;
  for await (const m of splitMbox(chunks)) {
    n++;
    if (n === 1) {
      first = m;
      continue;
    }
    if (first) {
      yield { kind: 'message', file: name, message: 1, bytes: first };
      first = null;
    }
    yield { kind: 'message', file: name, message: n, bytes: m };
  }
  if (first) yield { kind: 'message', file: name, bytes: first };
  if (n === 0) yield { kind: 'message', file: name, bytes: new Uint8Array(0) };
}

async function* readFileInput(path: string): AsyncGenerator<InputItem> {
  try {
    const head = await readHead(path, 5);
    if (looksLikeMbox(head)) {
      yield* messagesOfStream(path, createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>);
      return;
    }
    // A single message: read whole (bounded by the parser's size limit, checked by the caller).
    const chunks: Uint8Array[] = [];
    for await (const c of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>) chunks.push(c);
    yield { kind: 'message', file: path, bytes: chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks) };
  } catch (err) {
    yield { kind: 'error', file: path, code: (err as NodeJS.ErrnoException).code ?? 'EIO', message: (err as Error).message };
  }
}

/**
 * Reads every message from the given paths, in order: `-` is standard input, a folder is walked
 * recursively (sorted by name), a file is an mbox when it starts with a "From " line, else one
 * message.
 */
export async function* readInputs(paths: readonly string[], stdin: Readable): AsyncGenerator<InputItem> {
  for (const p of paths) {
    if (p === '-') {
      yield* messagesOfStream('', stdin as AsyncIterable<Uint8Array>);
      continue;
    }
    let st;
    try {
      st = await stat(p);
    } catch (err) {
      yield { kind: 'error', file: p, code: (err as NodeJS.ErrnoException).code ?? 'EIO', message: (err as Error).message };
      continue;
    }
    if (st.isDirectory()) yield* walk(p, 0, { n: 0 });
    else yield* readFileInput(p);
  }
}
