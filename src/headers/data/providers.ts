/**
 * Host-name suffixes of the big mail providers, for naming who stamped a Received hop. DATA ONLY.
 * The first matching row wins, so the more specific suffixes come first.
 */

/** One provider row: a display name and the host-name suffixes that belong to it. */
export interface ProviderRow {
  readonly name: string;
  readonly suffixes: readonly string[];
}

/** The provider rows, more specific suffixes first. */
export const PROVIDERS: readonly ProviderRow[] = [
  { name: 'Microsoft 365 (Exchange Online Protection)', suffixes: ['protection.outlook.com', 'prod.outlook.com', 'outlook.office365.com', 'prod.exchangelabs.com', 'office365.com'] },
  { name: 'Outlook.com', suffixes: ['hotmail.com', 'outlook.com', 'live.com', 'msn.com'] },
  { name: 'Google', suffixes: ['google.com', 'googlemail.com', 'gmail.com', '1e100.net'] },
  { name: 'Yahoo', suffixes: ['yahoo.com', 'yahoo.co.jp', 'yahoodns.net', 'yahoo.net', 'aol.com'] },
  { name: 'Amazon SES', suffixes: ['amazonses.com'] },
  { name: 'Amazon Web Services', suffixes: ['amazonaws.com', 'awsapps.com'] },
  { name: 'SendGrid', suffixes: ['sendgrid.net'] },
  { name: 'Mailgun', suffixes: ['mailgun.net', 'mailgun.org'] },
  { name: 'SparkPost', suffixes: ['sparkpostmail.com'] },
  { name: 'Mailchimp / Mandrill', suffixes: ['mandrillapp.com', 'mcsv.net', 'rsgsv.net'] },
  { name: 'Postmark', suffixes: ['mtasv.net'] },
  { name: 'Mimecast', suffixes: ['mimecast.com'] },
  { name: 'Proofpoint', suffixes: ['pphosted.com', 'ppe-hosted.com'] },
  { name: 'Broadcom MessageLabs', suffixes: ['messagelabs.com'] },
  { name: 'Barracuda', suffixes: ['barracudanetworks.com'] },
  { name: 'Cisco Secure Email', suffixes: ['iphmx.com'] },
  { name: 'Zoho', suffixes: ['zoho.com', 'zohomail.com'] },
  { name: 'Apple iCloud', suffixes: ['icloud.com', 'me.com', 'mac.com'] },
  { name: 'Fastmail', suffixes: ['messagingengine.com', 'fastmail.com'] },
  { name: 'Yandex', suffixes: ['yandex.net', 'yandex.ru'] },
  { name: 'Mail.ru', suffixes: ['mail.ru'] },
  { name: 'GMX / WEB.DE', suffixes: ['gmx.net', 'gmx.com', 'web.de'] },
  { name: 'IONOS', suffixes: ['kundenserver.de', 'ionos.com'] },
  { name: 'Salesforce', suffixes: ['salesforce.com', 'exacttarget.com'] },
  { name: 'Facebook', suffixes: ['facebook.com'] },
];
