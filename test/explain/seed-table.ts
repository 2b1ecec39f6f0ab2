// Reads the code table of the seed document (Exchange Online's NDR reference) straight from the
// fixture, so tests walk every row of the real table and none can be forgotten.
import { readFileSync } from 'node:fs';

export interface SeedRow {
  /** 1-based row number in the table. */
  readonly row: number;
  /** The code cell as printed. */
  readonly cell: string;
  /** Codes in the cell (`432 4.3.2` -> `4.3.2`; `5.7.13 or 135` -> `5.7.13`, `5.7.135`); [] for `n/a`. */
  readonly codes: readonly string[];
  /** Basic reply code in the cell, or "". */
  readonly basic: string;
  /** The literal texts of the Description cell (its backticked parts). */
  readonly literals: readonly string[];
}

export const SEED_PATH = new URL('../fixtures/seed/exchange-online-ndr-reference.md', import.meta.url);

/** Every row of the "Find my error code" table, in order. */
export function readSeedTable(): SeedRow[] {
  const lines = readFileSync(SEED_PATH, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith('|Error code|Description|'));
  if (start === -1) throw new Error('seed table header not found');
  const rows: SeedRow[] = [];
  for (let i = start + 2; i < lines.length && (lines[i] ?? '').startsWith('|'); i++) {
    const cells = (lines[i] as string).split('|').slice(1, -1);
    const cell = (cells[0] ?? '').trim();
    const desc = cells[1] ?? '';
    const text = cell.replace(/&nbsp;/g, ' ').replace(/<br\/>/g, ' ');
    const codes: string[] = [];
    let basic = '';
    for (const m of text.matchAll(/(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(-\d{1,3})?(?: or (\d{1,3})(?![\d.]))?/g)) {
      codes.push(`${m[1]}.${m[2]}.${m[3]}${m[4] ?? ''}`);
      if (m[5] !== undefined) codes.push(`${m[1]}.${m[2]}.${m[5]}`);
    }
    const b = /^([245]\d\d) /.exec(text);
    if (b) basic = b[1] as string;
    const literals = [...desc.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
    rows.push({ row: rows.length + 1, cell, codes, basic, literals });
  }
  return rows;
}
