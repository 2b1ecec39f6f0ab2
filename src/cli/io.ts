/**
 * Stream helpers for the CLI: read standard input with a byte cap (never buffering more than the
 * cap), split it into lines with a per-line cap, and write with back-pressure.
 */
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';

/** Reads `stream` to its end, or stops as soon as more than `cap` bytes arrived. */
export async function readAllCapped(stream: Readable, cap: number): Promise<{ bytes: Uint8Array; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > cap) {
      stream.destroy();
      return { bytes: new Uint8Array(0), tooLarge: true };
    }
    chunks.push(buf);
  }
  return { bytes: Buffer.concat(chunks, total), tooLarge: false };
}

/** Yields the lines of `stream` (UTF-8), each cut at `maxLine` characters (`truncated` then set). */
export async function* readLines(stream: Readable, maxLine: number): AsyncGenerator<{ line: string; truncated: boolean }> {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let truncated = false;
  const take = (piece: string): void => {
    if (truncated) return;
    if (carry.length + piece.length > maxLine) {
      carry += piece.slice(0, maxLine - carry.length);
      truncated = true;
    } else {
      carry += piece;
    }
  };
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk as Buffer, { stream: true });
    let start = 0;
    let nl: number;
    while ((nl = text.indexOf('\n', start)) !== -1) {
      take(text.slice(start, nl));
      yield { line: carry.endsWith('\r') ? carry.slice(0, -1) : carry, truncated };
      carry = '';
      truncated = false;
      start = nl + 1;
    }
    take(text.slice(start));
  }
  take(decoder.decode());
  if (carry !== '') yield { line: carry, truncated };
}

/** Writes `text` (a string, or bytes already encoded), waiting for the stream to drain when its buffer is full. */
export async function writeOut(stream: Writable, text: string | Uint8Array): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}
