/**
 * Quoted-printable encoding (RFC 2045 section 6.7) of bytes into CRLF lines of at most 76
 * characters, for the human-readable parts and for 8-bit header blocks. Runtime-neutral.
 */

/** Longest encoded line, without the CRLF (RFC 2045: 76). */
const MAX_LINE = 76;

const HEX = '0123456789ABCDEF';

function hex(byte: number): string {
  return '=' + HEX[byte >> 4]! + HEX[byte & 15]!;
}

/**
 * Encodes bytes as quoted-printable. CRLF and bare LF in the input are line breaks (written as
 * CRLF); a bare CR is encoded. Trailing spaces and tabs, and a dot at the start of a line, are
 * encoded so that no transport can alter them.
 *
 * @example encodeQuotedPrintable(new TextEncoder().encode('Grüße\n')) // 'Gr=C3=BC=C3=9Fe\r\n'
 */
export function encodeQuotedPrintable(bytes: Uint8Array): string {
  const out: string[] = [];
  let line = '';
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] === 0x0a)) {
      if (b === 0x0d) i++;
      out.push(line, '\r\n');
      line = '';
      continue;
    }
    const next = bytes[i + 1];
    const atLineEnd = next === undefined || next === 0x0a || (next === 0x0d && bytes[i + 2] === 0x0a);
    let token: string;
    if ((b === 0x20 || b === 0x09) && !atLineEnd) token = String.fromCharCode(b);
    else if (b === 0x2e && line.length === 0) token = hex(b);
    else if (b >= 0x21 && b <= 0x7e && b !== 0x3d) token = String.fromCharCode(b);
    else token = hex(b);
    // Leave room for the soft line break "=".
    if (line.length + token.length > MAX_LINE - 1) {
      out.push(line, '=\r\n');
      line = '';
      if (token === '.') token = hex(b);
    }
    line += token;
  }
  if (line.length > 0) out.push(line);
  return out.join('');
}
