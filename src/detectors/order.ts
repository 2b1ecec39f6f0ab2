/**
 * The order detectors are tried in, as data. The first detector that returns a detection with at
 * least one recipient wins. Adding a detector = one new file in this folder + one line here.
 *
 * - `DETECTORS`: mail-system formats, most specific first. A detector that recognises its
 *   system by a header (From, X-Mailer, a Received host) belongs here.
 * - `FALLBACKS`: the standard and generic readers, tried only when no specific detector
 *   claims the message: RFC 3464, X-Failed-Recipients, RFC 3834 auto-replies.
 */
import type { Detector } from './types.js';
import { amazonSes } from './amazon-ses.js';
import { arf } from './arf.js';
import { smail } from './smail.js';
import { sendgrid } from './sendgrid.js';
import { apachejames } from './apachejames.js';
import { biglobe } from './biglobe.js';
import { domino } from './domino.js';
import { ezweb } from './ezweb.js';
import { fml } from './fml.js';
import { kddi } from './kddi.js';
import { mailfoundry } from './mailfoundry.js';
import { mailmarshal } from './mailmarshal.js';
import { messagingserver } from './messagingserver.js';
import { notes } from './notes.js';
import { trendmicro } from './trendmicro.js';
import { x1 } from './x1.js';
import { x2 } from './x2.js';
import { x3 } from './x3.js';
import { x6 } from './x6.js';
import { gmail } from './gmail.js';
import { googleGroups } from './google-groups.js';
import { verizon } from './verizon.js';
import { yahoo } from './yahoo.js';
import { dragonfly } from './dragonfly.js';
import { exim } from './exim.js';
import { postfix } from './postfix.js';
import { qmail } from './qmail.js';
import { sendmail } from './sendmail.js';
import { opensmtpd } from './opensmtpd.js';
import { zoho } from './zoho.js';
import { exchange2003 } from './exchange-2003.js';
import { mfilter } from './mfilter.js';
import { imailserver } from './imailserver.js';
import { unitedInternet } from './united-internet.js';
import { exchangeDiagnosticText } from './exchange-diagnostic-text.js';
import { rfc3464 } from './rfc3464.js';
import { rfc3834 } from './rfc3834.js';
import { xFailedRecipients } from './x-failed-recipients.js';
import { genericText } from './generic-text.js';
import { returnedRecipient } from './returned-recipient.js';

/** The mail-system detectors, most specific first. */
export const DETECTORS: readonly Detector[] = [
  arf, // ARF feedback reports (RFC 5965): unambiguous by content type
  amazonSes, // Amazon SES: SNS JSON notifications; DSNs from *.amazonses.com (also WorkMail)
  googleGroups, // Google Groups: refused posts (mailer-daemon@googlemail.com + groups.google.com)
  gmail, // Gmail plain-text bounces: "Delivery to the following recipient failed permanently"
  yahoo, // Yahoo/AOL "Failure Notice": "Sorry, we were unable to deliver your message"
  verizon, // Verizon Wireless SMS/MMS gateways (vtext.com, vzwpix.com)
  sendgrid, // Twilio SendGrid DSNs: X-SendGrid-* fields, Action: expired
  smail, // Smail 3: |--- Failed addresses follow: ---| blocks
  exchangeDiagnosticText, // Exchange / Office 365 "Diagnostic information for administrators" text
  dragonfly, // DragonFly Mail Agent: "This is the DragonFly Mail Agent" text
  qmail, // qmail-send: "Hi. This is the qmail-send program" text
  opensmtpd, // OpenSMTPD: "This is the MAILER-DAEMON, please DO NOT REPLY" text (its DSN has no diagnostic)
  zoho, // Zoho Mail: X-Mailer: Zoho Mail, "ERROR_CODE :" lines
  exchange2003, // Exchange 5.5-2003: Internet Mail Service / MSEXCH text
  mfilter, // m-FILTER: X-Mailer: m-FILTER
  imailserver, // Ipswitch IMail: X-Mailer: <SMTP32 ...>
  biglobe, // BIGLOBE: "----- Non-delivered information -----" (before sendmail, whose section rules it copies)
  trendmicro, // Trend Micro InterScan: "Sent <<< RCPT TO" / "Message from InterScan"
  kddi, // KDDI au one net: "Could not be delivered to:"
  ezweb, // au EZweb: From Postmaster@ezweb.ne.jp
  domino, // Domino: Subject "DELIVERY FAILURE:"
  notes, // Lotus Notes: "------- Failure Reasons --------"
  mailfoundry, // MailFoundry: Subject "Message delivery has failed"
  messagingserver, // Oracle/Sun Messaging Server: source-routed Final-Recipient; Original-Recipient is the address
  mailmarshal, // MailMarshal: "The following recipients were affected"
  apachejames, // Apache James: "Error message below:" / "Message details:"
  fml, // fml list refusals from the -admin address
  x1, // unidentified: "---The following addresses had delivery errors---"
  x2, // unidentified qmail-derived: "Unable to deliver message to the following address(es)."
  x3, // unidentified: "This is an automatically generated Delivery Status Notification."
  x6, // unidentified: "We had trouble delivering your message. Full details follow:"
  unitedInternet, // GMX / WEB.DE / 1&1: "--- The header of the original message is following. ---"
  exim, // Exim (and MXLogic): "This message was created automatically by mail delivery software"; after united-internet, which shares the opening
  sendmail, // sendmail 8 and 5: "Returned mail:", session transcript (also forwarded)
  postfix, // Postfix text when its DSN names no recipient; "Postfix SMTP server: errors from" notices
];

/**
 * The standard and generic readers, tried only when no detector of `DETECTORS` claims the
 * message: generic-text is the last resort for human-readable reports no specific detector
 * knows; returned-recipient only for a delivery-status report that names no recipient at all.
 */
export const FALLBACKS: readonly Detector[] = [rfc3464, xFailedRecipients, rfc3834, genericText, returnedRecipient];

/** Every detector, in the order they are tried. */
export const ALL_DETECTORS: readonly Detector[] = [...DETECTORS, ...FALLBACKS];
