/**
 * Node-only input reading for the CLI and batch callers: files, folders (recursively, every
 * regular file whatever its name: content decides; symbolic links followed, loops reported),
 * maildirs, mbox files (streamed) and standard input. Yields one message at a time, so memory
 * stays flat. What cannot be read (a missing or unreadable file, a device or socket, a FIFO
 * with no writer, a link loop, a single message over the size limit) is yielded as an error item
 * and the rest goes on: nothing here waits on a FIFO with no writer or reads an endless device.
 */
import { closeSync, constants, createReadStream, openSync, readSync, type Stats } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { Socket } from 'node:net';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { MAX_MESSAGE_BYTES } from '../mime/limits.js';
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

function errorItem(file: string, err: unknown): InputItem {
  return { kind: 'error', file, code: (err as NodeJS.ErrnoException).code ?? 'EIO', message: (err as Error).message };
}

/** What a path that is neither a file nor a folder is, for the error line. */
function specialKind(st: Stats): string {
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The error item for a device or socket: read only as standard input, where the user chose to wait. */
function notAFile(file: string, st: Stats): InputItem {
  return { kind: 'error', file, code: 'ERR_NOT_FILE', message: `${specialKind(st)}, not a file or folder: not read (to read it anyway, give it as standard input: ndr parse - < ${file})` };
}

/**
 * Reads a FIFO (a named pipe, or `<(command)` / `/dev/stdin` given as a path) without ever
 * waiting on one that has no writer: it is opened non-blocking and read once; end of file then
 * means no writer, reported as such. With a writer it is read like standard input, to the end
 * the writer gives it.
 */
async function* readFifo(path: string): AsyncGenerator<InputItem> {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK); // never waits for a writer
  } catch (err) {
    yield errorItem(path, err);
    return;
  }
  const probe = Buffer.alloc(64 * 1024);
  let got: number;
  try {
    got = readSync(fd, probe, 0, probe.length, null);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') {
      closeSync(fd);
      yield errorItem(path, err);
      return;
    }
    got = -1; // a writer, nothing written yet
  }
  if (got === 0) {
    closeSync(fd);
    yield { kind: 'error', file: path, code: 'ERR_NO_WRITER', message: 'a FIFO (named pipe) with no writer: nothing to read' };
    return;
  }
  const pipe = new Socket({ fd, readable: true, writable: false });
  async function* chunks(): AsyncGenerator<Uint8Array> {
    if (got > 0) yield probe.subarray(0, got);
    yield* pipe as AsyncIterable<Uint8Array>;
  }
  try {
    yield* messagesOfStream(path, chunks());
  } catch (err) {
    yield errorItem(path, err);
  } finally {
    pipe.destroy();
  }
}

/** Identity of a folder (device and inode), to notice a symbolic link leading back up the tree. */
const dirKey = (st: Stats): string => `${st.dev}:${st.ino}`;

async function* walk(dir: string, depth: number, count: { n: number }, ancestors: ReadonlySet<string>): AsyncGenerator<InputItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield errorItem(dir, err);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    let st: Stats | null = null;
    if (e.isSymbolicLink() || isDir) {
      try {
        st = await stat(p); // follows the link; a dangling link or a link loop is reported
      } catch (err) {
        yield errorItem(p, err);
        continue;
      }
      isDir = st.isDirectory();
      isFile = st.isFile();
    }
    if (isDir && st) {
      const key = dirKey(st);
      if (ancestors.has(key)) {
        yield { kind: 'error', file: p, code: 'ELOOP', message: 'symbolic link back to a folder above it: not followed' };
      } else if (depth < MAX_DIR_DEPTH) {
        yield* walk(p, depth + 1, count, new Set([...ancestors, key]));
      }
    } else if (isFile) {
      if (++count.n > MAX_FILES) return;
      yield* readFileInput(p);
    } else if (e.isFIFO() || st?.isFIFO()) {
      yield* readFifo(p);
    } else {
      // a socket or device in a folder: reading it could wait forever or never end
      try {
        yield notAFile(p, st ?? (await stat(p)));
      } catch (err) {
        yield errorItem(p, err);
      }
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

/** Reads a single-message file whole, or null when it holds more than `cap` bytes (reading stops there). */
async function readCapped(path: string, cap: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  for await (const c of stream as AsyncIterable<Uint8Array>) {
    total += c.length;
    if (total > cap) {
      stream.destroy();
      return null;
    }
    chunks.push(c);
  }
  return chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks, total);
}

async function* readFileInput(path: string): AsyncGenerator<InputItem> {
  let head: Uint8Array;
  try {
    head = await readHead(path, 5);
  } catch (err) {
    yield errorItem(path, err);
    return;
  }
  if (looksLikeMbox(head)) {
    // an error part-way (file deleted or truncated under us, I/O error) ends this file only
    try {
      yield* messagesOfStream(path, createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>);
    } catch (err) {
      yield errorItem(path, err);
    }
    return;
  }
  // A single message: read whole, but never more than the parser would take.
  let bytes: Uint8Array | null;
  try {
    bytes = await readCapped(path, MAX_MESSAGE_BYTES);
  } catch (err) {
    yield errorItem(path, err);
    return;
  }
  if (bytes === null) yield { kind: 'error', file: path, code: 'ERR_TOO_LARGE', message: `larger than ${MAX_MESSAGE_BYTES} bytes, the limit for one message: not read` };
  else yield { kind: 'message', file: path, bytes };
}

/**
 * Reads every message from the given paths, in order: `-` is standard input, a folder is walked
 * recursively (sorted by name), a file is an mbox when it starts with a "From " line, else one
 * message. A FIFO is read like standard input when it has a writer (`ERR_NO_WRITER` when not);
 * a device or socket is not read (`ERR_NOT_FILE`); a single-message file over
 * {@link MAX_MESSAGE_BYTES} is not read either (`ERR_TOO_LARGE`).
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
      yield errorItem(p, err);
      continue;
    }
    if (st.isDirectory()) yield* walk(p, 0, { n: 0 }, new Set([dirKey(st)]));
    else if (st.isFile()) yield* readFileInput(p);
    else if (st.isFIFO()) yield* readFifo(p);
    else yield notAFile(p, st);
  }
}
