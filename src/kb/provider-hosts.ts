/**
 * Which servers belong to the mail services whose own replies the knowledge base holds, and how
 * long a matched reply text must be to speak for its service without one of those servers. Both
 * users of a service's entries read these: classification (`classify/kb-hook.ts`, which lets an
 * entry decide a record's reason) and the NDR composer (`compose/kb-match.ts`, which picks the
 * entry that explains a recipient). Data only.
 */
import type { KbSource } from './types.js';

/** A mail service whose knowledge-base entries describe its own servers. */
export type MailService = 'microsoft' | 'google' | 'yahoo';

/**
 * Host names and mail domains of each service, lower case, without the root dot: a name matches
 * when it is one of these domains or ends in `.` + one. Microsoft's business (Exchange Online) and
 * consumer (Outlook.com, Hotmail) mail run on the same servers, so they are one service here.
 */
export const SERVICE_HOSTS: ReadonlyMap<MailService, RegExp> = new Map([
  ['microsoft', /(?:^|\.)(?:outlook\.com|office365\.com|hotmail\.[a-z.]{2,6}|live\.[a-z.]{2,6}|msn\.com|microsoft\.com|exchangelabs\.com|outlook\.cn)$/],
  ['google', /(?:^|\.)(?:google\.com|googlemail\.com|gmail\.com)$/],
  ['yahoo', /(?:^|\.)(?:yahoo\.[a-z.]{2,6}|yahoodns\.net|yahoo-inc\.com|aol\.com|aol\.jp)$/],
]);

/** The service each knowledge-base source describes; the registry sources describe no one service. */
export const SERVICE_OF_SOURCE: ReadonlyMap<KbSource, MailService> = new Map<KbSource, MailService>([
  ['exchange-online', 'microsoft'],
  ['exchange-server', 'microsoft'],
  ['outlook-com', 'microsoft'],
  ['gmail', 'google'],
  ['yahoo', 'yahoo'],
]);

/**
 * Shortest reply text of a service's entry that decides a record's reason and owner when no
 * server or domain of that service is involved. Classification errs towards the rule tables,
 * which read the server's own wording: a short literal ("Authentication Required.", "Email quota
 * exceeded.") is common wording that other servers write with their own meaning; longer ones are
 * sentences only that service writes.
 */
export const DISTINCTIVE_LITERAL_TO_DECIDE = 40;

/**
 * Shortest reply text of a service's entry that lets it explain a composed NDR's recipient when
 * the servers are not that service's. Lower than `DISTINCTIVE_LITERAL_TO_DECIDE` on purpose: the
 * alternative there is the code's bare registry meaning, which says less, so a phrase such as
 * `Client was not authenticated` is enough, while one as generic as `User unknown` is not.
 */
export const DISTINCTIVE_LITERAL_TO_EXPLAIN = 20;
