/**
 * Classification: one record in, reason + hard/soft + owner out. Order of authority:
 * 1. the action (delivered / relayed / expanded are successes);
 * 2. a reason the report itself states (detector: ARF feedback, auto-reply, provider category);
 * 3. the pre-knowledge-base tables (rules/index.ts PRE_KB_TABLES): what the reporting MTA did
 *    (a final failure after retries), which no explanation of the reply can know;
 * 4. the knowledge base, for codes and replies it knows (see kb-hook.ts);
 * 5. the rule tables, in the order of rules/index.ts (first match wins);
 * 6. `onhold` when the report has a failure code but nothing matched, else `undefined`.
 */
import { isHardBounce } from './hardness.js';
import { lookupKnowledgeBase } from './kb-hook.js';
import { compileTables, prepareInput, type CompiledRule } from './match-rule.js';
import { DEFAULT_OWNER } from './owner.js';
import { PRE_KB_TABLES, RULE_TABLES } from './rules/index.js';
import type { Classification, ClassifyInput, RuleTable } from './types.js';

const SUCCESS_ACTIONS: ReadonlySet<string> = new Set(['delivered', 'relayed', 'expanded']);

/** The default rule list, compiled once at load. */
const DEFAULT_RULES: readonly CompiledRule[] = compileTables(RULE_TABLES);
/** The default pre-knowledge-base rules, compiled once at load. */
const DEFAULT_PRE_KB: readonly CompiledRule[] = compileTables(PRE_KB_TABLES);

/** A classifier over a given set of rule tables (tests and callers with their own tables). */
export type Classifier = (input: ClassifyInput) => Classification;

/**
 * Builds a classifier over `tables` (default: the project's tables) and `preKbTables` (tried
 * before the knowledge base; default: the project's when `tables` is not given, else none).
 * Throws a TypeError when a table is malformed.
 */
export function createClassifier(tables?: readonly RuleTable[], preKbTables?: readonly RuleTable[]): Classifier {
  const rules = tables ? compileTables(tables) : DEFAULT_RULES;
  const pre = preKbTables ? compileTables(preKbTables) : tables ? [] : DEFAULT_PRE_KB;
  return (input) => classifyWith(rules, input, pre);
}

function classifyWith(rules: readonly CompiledRule[], input: ClassifyInput, preKb: readonly CompiledRule[] = DEFAULT_PRE_KB): Classification {
  if (SUCCESS_ACTIONS.has(input.action)) {
    return { reason: 'delivered', hardBounce: false, owner: 'none', kbId: null, decidedBy: 'action' };
  }
  if (input.detectorReason) {
    const r = input.detectorReason;
    return { reason: r, hardBounce: isHardBounce(r, input.status, input.replyCode, undefined, input.action === 'failed'), owner: DEFAULT_OWNER[r], kbId: null, decidedBy: 'detector' };
  }
  const kb = lookupKnowledgeBase(input);
  const kbId = kb ? kb.kbId : null;
  const p = prepareInput(input);
  for (const c of preKb) {
    if (c.test(p)) return decided(c, input, kbId);
  }
  if (kb && kb.decides) {
    return { reason: kb.reason, hardBounce: isHardBounce(kb.reason, input.status, input.replyCode, undefined, input.action === 'failed'), owner: kb.owner, kbId, decidedBy: `kb:${kb.kbId}` };
  }
  for (const c of rules) {
    if (c.test(p)) return decided(c, input, kbId);
  }
  const r = input.status !== '' || input.replyCode !== '' || input.text !== '' ? 'onhold' : 'undefined';
  return { reason: r, hardBounce: false, owner: DEFAULT_OWNER[r], kbId, decidedBy: 'default' };
}

function decided(c: CompiledRule, input: ClassifyInput, kbId: string | null): Classification {
  const r = c.rule.reason;
  return {
    reason: r,
    hardBounce: isHardBounce(r, input.status, input.replyCode, c.rule.hard, input.action === 'failed'),
    owner: c.rule.owner ?? DEFAULT_OWNER[r],
    kbId,
    decidedBy: c.decidedBy,
  };
}

/**
 * Classifies one record with the project's rule tables.
 * @example classifyRecord({ status: '5.1.1', replyCode: '550', text: 'user unknown', remoteMta: '', reportingMta: '', command: 'RCPT', action: 'failed', detector: 'rfc3464' }).reason // 'userunknown'
 */
export function classifyRecord(input: ClassifyInput): Classification {
  return classifyWith(DEFAULT_RULES, input);
}
