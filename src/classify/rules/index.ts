/**
 * The order in which rule tables are tried: the first matching rule of the first table that
 * has one decides. Adding a table = one file in this folder + one line here.
 *
 * 1. remote hosts: providers whose codes mean something other than the registry says
 *    (checked first because their meaning overrides the generic one);
 * 2. decisive status codes: codes specific enough that no wording changes them (5.1.1, 5.2.2);
 * 3. SMTP stage: mailbox wording outside RCPT TO is a recipient filter (smtp-stage.ts);
 * 4. text phrases: what servers write, for generic codes (5.0.0, 5.7.1, 550 alone);
 *    then the same in other languages (localised phrases), after the English ones;
 * 5. status codes: the RFC 3463 registry meaning of each code;
 * 6. reply codes: the RFC 5321 meaning of a bare reply code, as a last resort before onhold.
 */
import type { RuleTable } from '../types.js';
import { REMOTE_HOST_RULES } from './remote-hosts.js';
import { DECISIVE_STATUS_RULES } from './decisive-status.js';
import { SMTP_STAGE_RULES } from './smtp-stage.js';
import { TEXT_RULES } from './text-phrases.js';
import { LOCALISED_RULES } from './localised-phrases.js';
import { STATUS_RULES } from './status-codes.js';
import { QUEUE_OUTCOME_RULES } from './queue-outcome.js';
import { REPLY_CODE_RULES } from './reply-codes.js';

/** The rule tables in the order they are tried (see the list above). */
export const RULE_TABLES: readonly RuleTable[] = [REMOTE_HOST_RULES, DECISIVE_STATUS_RULES, SMTP_STAGE_RULES, TEXT_RULES, LOCALISED_RULES, STATUS_RULES, REPLY_CODE_RULES];

/**
 * Tables tried before the knowledge base: facts about the report (the queue gave up) that a
 * reply's explanation cannot know. Keep this short; everything else belongs in RULE_TABLES.
 */
export const PRE_KB_TABLES: readonly RuleTable[] = [QUEUE_OUTCOME_RULES];
