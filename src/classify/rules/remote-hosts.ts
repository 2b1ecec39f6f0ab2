/**
 * Rules for providers whose replies mean something other than the generic reading, keyed by the
 * remote (or reporting) MTA's host name. Tried first. Data only.
 */
import type { RuleTable } from '../types.js';

export const REMOTE_HOST_RULES: RuleTable = {
  id: 'remote-hosts',
  description: 'Provider-specific meanings of replies, by remote MTA host name',
  rules: [],
};
