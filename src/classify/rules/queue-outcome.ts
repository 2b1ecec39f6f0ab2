/**
 * Rules about what the reporting MTA did with the message, tried BEFORE the knowledge base. The
 * knowledge base explains a server's reply; these rows read a fact the reply alone does not
 * carry: whether the report is the final failure after retries. Data only.
 *
 * A connection that times out is a temporary failure: the sending MTA queues the message and
 * tries again. A final report (Action: failed) whose last error is a time-out with no permanent
 * code therefore means the retries ran out and the queue gave up: the message expired (the
 * time-out is why, and stays in the record's words). A delay notice with the same words is still
 * being retried and keeps the reply's own reading. Exim says it outright ("retry timeout
 * exceeded") before the last attempt's reply, which is only the latest temporary error.
 */
import type { RuleTable } from '../types.js';

/** What the report says about the queue's outcome, read before the knowledge base. */
export const QUEUE_OUTCOME_RULES: RuleTable = {
  id: 'queue-outcome',
  description: 'Final failures after retries (decided before the knowledge base)',
  rules: [
    { id: 'timed-out-until-expiry', reason: 'expired', action: ['failed'], status: ['4.*'], text: ['timed out'] },
    // Exim's own words when a message's retry time ran out, followed by the last attempt's
    // temporary reply: the report is final because the queue gave up, not because of that reply.
    // A stated cause that outlives retries (a full mailbox, an unknown address) keeps its reading.
    { id: 'retry-timeout-exceeded', reason: 'expired', action: ['failed'], replyCode: ['4xx'], notStatus: ['x.1.*', 'x.2.2'], text: ['retry timeout exceeded'] },
    { id: 'timed-out-until-expiry-reply', reason: 'expired', action: ['failed'], replyCode: ['4xx'], notStatus: ['5.*'], text: ['timed out'] },
  ],
};
