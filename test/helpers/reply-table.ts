// Runs a table of documented server replies through the whole parser: as an RFC 3464 DSN and as
// plain-text reports in Exim's and Postfix's layouts (see build-bounce.ts), and checks reason,
// hard/soft and kind.
// The expected hard/soft is written here from reasons.md, not read from src/, so the tables test
// the classifier against the reference rather than against itself.
import assert from 'node:assert/strict';
import type { ReasonId } from '../../src/kb/reasons.js';
import { classifyAsDsn, classifyAsPostfixText, classifyAsText, type BounceSpec, type Verdict } from './build-bounce.js';

/** One documented reply and what it means. */
export interface ReplyRow extends BounceSpec {
  readonly reason: ReasonId;
  /** Where the fact is written: `reference-file:line` or a named MTA's documented reply. */
  readonly source: string;
  /** The expected hard/soft when the reference says something other than reasons.md's default. */
  readonly hard?: boolean;
  /** Check only one report form (a reply whose meaning needs the DSN's fields). */
  readonly only?: 'dsn' | 'text';
}

/** reasons.md: the reasons that are hard by default (lines 10-13 and 40); every other is soft. */
const HARD_BY_DEFAULT: ReadonlySet<ReasonId> = new Set(['userunknown', 'hostunknown', 'hasmoved', 'notaccept', 'suppressed']);

/** The class of a reply: its enhanced status's first digit, else its reply code's. */
function replyClass(row: ReplyRow): string {
  const s = row.status ?? /\b([245])\.\d{1,3}\.\d{1,3}\b/.exec(row.reply)?.[1] ?? row.reply.trimStart().charAt(0);
  return s.charAt(0);
}

/**
 * The project's reading of reasons.md for a FINAL report (the sending MTA gave up): a mailbox or
 * domain that does not exist or has moved stays hard even when the last answer was a 4xx, since the
 * retries have shown that retrying does not help (ARCHITECTURE.md, classify/hardness.ts).
 */
const HARD_WHEN_FINAL: ReadonlySet<ReasonId> = new Set(['userunknown', 'hostunknown', 'hasmoved']);

/**
 * The hard/soft reasons.md gives a reply: the reason's default, soft when the server answered
 * with a 4xx (it says "try again") unless the final report names a mailbox or domain that does
 * not exist or moved, and never hard for a delay notice.
 */
export function expectedHard(row: ReplyRow): boolean {
  if (row.action === 'delayed') return false;
  if (row.hard !== undefined) return row.hard;
  if (!HARD_BY_DEFAULT.has(row.reason)) return false;
  return replyClass(row) !== '4' || HARD_WHEN_FINAL.has(row.reason);
}

function check(row: ReplyRow, v: Verdict, form: string): string[] {
  const problems: string[] = [];
  const where = `${form} "${row.reply || `(status ${row.status ?? ''} only)`}" [${row.source}]`;
  if (v.reason !== row.reason) problems.push(`${where}: reason ${v.reason} (${v.decidedBy}), expected ${row.reason}`);
  const hard = expectedHard(row);
  if (v.hardBounce !== hard) problems.push(`${where}: hardBounce ${v.hardBounce}, expected ${hard}`);
  const kind = row.action === 'delayed' ? 'delay' : 'bounce';
  if (v.kind !== kind) problems.push(`${where}: kind ${v.kind}, expected ${kind}`);
  return problems;
}

/** Checks every row in both report forms; reports all mismatches at once. */
export function assertReplyTable(rows: readonly ReplyRow[]): void {
  const problems: string[] = [];
  for (const row of rows) {
    if (row.only !== 'text') problems.push(...check(row, classifyAsDsn(row), 'DSN'));
    if (row.only !== 'dsn') problems.push(...check(row, classifyAsText(row), 'text'));
    if (row.only !== 'dsn' && row.only !== 'text') problems.push(...check(row, classifyAsPostfixText(row), 'postfix-text'));
  }
  if (problems.length > 0) assert.fail(`${problems.length} mismatches:\n${problems.join('\n')}`);
}
