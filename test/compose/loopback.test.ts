// The whole path on loopback with real SMTP and no mocks: a receiving server refuses a recipient
// with 550 5.1.1, Nodemailer's delivery attempt fails, composeNdr writes the NDR from that failure,
// the NDR is delivered with an empty envelope sender to a second server, and what arrives there is
// read back (with postal-mime, and with ndrkit's own parseBounce once it is on main).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { SMTPServer } from 'smtp-server';
import type { SMTPServerAddress } from 'smtp-server';
import { composeNdr, NDR_ENVELOPE_SENDER, parseBounce } from '../../src/index.js';
import { attachmentText, assertWellFormed, parseMime } from './helpers.js';

interface Received {
  mailFrom: string;
  rcptTo: string[];
  data: Buffer;
}

/** Starts an SMTP server on 127.0.0.1 that refuses the given recipients and keeps what it accepts. */
async function startServer(name: string, refuse: ReadonlyMap<string, string>): Promise<{ port: number; inbox: Received[]; server: SMTPServer }> {
  const inbox: Received[] = [];
  const server = new SMTPServer({
    name,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const reply = refuse.get(address.address.toLowerCase());
      if (reply === undefined) return callback();
      const err = new Error(reply) as Error & { responseCode: number };
      err.responseCode = 550;
      return callback(err);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const from = session.envelope.mailFrom;
        inbox.push({
          mailFrom: from === false ? '(none)' : from.address,
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.server.address() as AddressInfo).port, inbox, server };
}

const servers: SMTPServer[] = [];
after(async () => {
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

test('a 550 5.1.1 refusal over real SMTP becomes an NDR that is delivered and read back', async () => {
  const contoso = await startServer('mx.contoso.test', new Map([['ghost@contoso.test', '5.1.1 <ghost@contoso.test>: Recipient address rejected: User unknown in local recipient table']]));
  const senderSide = await startServer('mail.alpineskihouse.test', new Map());
  servers.push(contoso.server, senderSide.server);

  // 1. The original message, as the sending server holds it.
  const original = await new MailComposer({
    from: 'Sam Taylor <sam@alpineskihouse.test>',
    to: 'ghost@contoso.test',
    subject: 'Ski trip photos',
    text: 'Hi, the photos are in the shared folder.',
    messageId: '<trip-42@alpineskihouse.test>',
    date: new Date('2026-11-27T10:59:50Z'),
  }).compile().build();

  // 2. The delivery attempt to the recipient's server, which refuses the recipient.
  const outbound = nodemailer.createTransport({ host: '127.0.0.1', port: contoso.port, secure: false, ignoreTLS: true, name: 'mta.alpineskihouse.test' });
  const failure = await outbound
    .sendMail({ envelope: { from: 'sam@alpineskihouse.test', to: ['ghost@contoso.test'] }, raw: original })
    .then(() => assert.fail('the delivery should have been refused'), (e: unknown) => e as { responseCode?: number; response?: string; command?: string });
  outbound.close();
  assert.equal(failure.responseCode, 550);
  assert.equal(failure.command, 'RCPT TO');
  const reply = failure.response ?? '';
  assert.match(reply, /^550 5\.1\.1 /);
  assert.equal(contoso.inbox.length, 0, 'nothing was accepted');

  // 3. The NDR, composed from what the failed attempt said.
  const status = /^\d{3}[ -](\d\.\d{1,3}\.\d{1,3})/.exec(reply)?.[1] ?? '';
  const ndr = composeNdr({
    reportingMta: 'mta.alpineskihouse.test',
    originalMessage: original,
    arrivalDate: new Date('2026-11-27T10:59:52Z'),
    recipients: [{ recipient: 'ghost@contoso.test', action: 'failed', status, diagnosticCode: `smtp; ${reply}`, remoteMta: 'mx.contoso.test', lastAttemptDate: new Date() }],
  });
  assertWellFormed(ndr);

  // 4. Delivered back to the sender with an empty envelope sender (MAIL FROM:<>).
  const back = nodemailer.createTransport({ host: '127.0.0.1', port: senderSide.port, secure: false, ignoreTLS: true, name: 'mta.alpineskihouse.test' });
  const info = await back.sendMail({ envelope: { from: NDR_ENVELOPE_SENDER, to: ['sam@alpineskihouse.test'] }, raw: ndr });
  back.close();
  assert.deepEqual(info.accepted, ['sam@alpineskihouse.test']);
  assert.equal(senderSide.inbox.length, 1);
  const arrived = senderSide.inbox[0]!;
  assert.equal(arrived.mailFrom, '', 'MAIL FROM:<> (null reverse-path)');
  assert.deepEqual(arrived.rcptTo, ['sam@alpineskihouse.test']);

  // 5. Read back what arrived.
  const text = arrived.data.toString('utf8');
  assert.equal(text.replace(/\r\n$/, ''), ndr.replace(/\r\n$/, ''), 'arrived unchanged');
  const mail = await parseMime(text);
  assert.equal(mail.subject, 'Undeliverable: Ski trip photos');
  assert.equal(mail.inReplyTo, '<trip-42@alpineskihouse.test>');
  const ds = attachmentText(mail, 'message/delivery-status');
  assert.match(ds, /\nFinal-Recipient: rfc822; ghost@contoso\.test\nAction: failed\nStatus: 5\.1\.1\nRemote-MTA: dns; mx\.contoso\.test\n/);
  assert.match(ds.replace(/\n /g, ' '), /\nDiagnostic-Code: smtp; 550 5\.1\.1 <ghost@contoso\.test>: Recipient address rejected: User unknown in local recipient table\n/);

  const parsed = await parseBounce(new Uint8Array(arrived.data));
  assert.equal(parsed.records.length, 1);
  const r = parsed.records[0]!;
  assert.equal(r.recipient, 'ghost@contoso.test');
  assert.equal(r.action, 'failed');
  assert.equal(r.status, '5.1.1');
  assert.equal(r.replyCode, '550');
  assert.equal(r.remoteMta, 'mx.contoso.test');
  assert.equal(r.reason, 'userunknown');
});
