/**
 * Enhanced status codes specific enough that the reply text does not change the reason.
 * Data only; the registry meaning of each code is in ../../../reference (rfc-enhanced-codes).
 */
import type { RuleTable } from '../types.js';

/** Status codes whose meaning no wording changes (tried second, after the remote-host rows). */
export const DECISIVE_STATUS_RULES: RuleTable = {
  id: 'decisive-status',
  description: 'Status codes whose meaning no wording changes',
  rules: [
    { id: 'mailbox-full', reason: 'mailboxfull', status: ['x.2.2'] },
    { id: 'bad-destination-system', reason: 'hostunknown', status: ['5.1.2'] },
    { id: 'destination-moved', reason: 'hasmoved', status: ['5.1.6'] },
    { id: 'sender-address', reason: 'rejected', status: ['x.1.7', 'x.1.8'] },
    { id: 'message-too-big', reason: 'mesgtoobig', status: ['x.3.4'] },
    { id: 'virus', reason: 'virusdetected', status: ['x.7.28'], text: ['virus'] },
  ],
};
