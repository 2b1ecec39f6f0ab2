// Localised classification phrases and the matcher's Unicode folding: each language's common
// wordings reach the right reason through the full rule order (English phrases first), accents
// and full-width / half-width forms do not matter, and non-Latin scripts lower-case safely.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyRecord } from '../../src/classify/classify-record.js';
import { foldText, wordsOnly } from '../../src/classify/match-rule.js';
import { LOCALISED_PHRASES, LOCALISED_RULES } from '../../src/classify/rules/localised-phrases.js';
import { RULE_TABLES } from '../../src/classify/rules/index.js';
import type { ReasonId } from '../../src/kb/reasons.js';

function reasonOf(text: string, status = '5.0.0', replyCode = '550'): ReasonId {
  return classifyRecord({ status, replyCode, text, remoteMta: '', reportingMta: '', command: '', action: 'failed', detector: 'test' }).reason;
}

// [text as a server would write it, expected reason]. Written for this test, one or more per language.
const CASES: readonly (readonly [string, ReasonId])[] = [
  ['550 5.0.0 Benutzer unbekannt', 'userunknown'],
  ['Das Postfach ist voll, bitte später erneut versuchen', 'mailboxfull'],
  ['Die Domain existiert nicht', 'hostunknown'],
  ['Das Konto wurde gesperrt', 'suspend'],
  ['Relaying nicht erlaubt', 'norelaying'],
  ['Utilisateur inconnu', 'userunknown'],
  ['552 Boite aux lettres pleine', 'mailboxfull'], // an ASCII-only server drops the accent
  ['Le message est trop volumineux', 'mesgtoobig'],
  ["Le domaine n'existe pas", 'hostunknown'],
  ['Votre adresse IP est sur liste noire', 'blocked'],
  ['Usuario desconocido', 'userunknown'],
  ['El buzón está lleno', 'mailboxfull'],
  ['El dominio no existe', 'hostunknown'],
  ['La cuenta está suspendida', 'onhold'], // wording not in the table: falls through, no guess
  ['Cuenta suspendida por el administrador', 'suspend'],
  ['Utente sconosciuto', 'userunknown'],
  ['Casella di posta piena', 'mailboxfull'],
  ['Usuário desconhecido', 'userunknown'],
  ['Caixa postal cheia', 'mailboxfull'],
  ['Gebruiker onbekend', 'userunknown'],
  ['Postvak is vol', 'mailboxfull'],
  ['Użytkownik nie istnieje', 'userunknown'],
  ['Skrzynka jest pełna', 'mailboxfull'],
  ['Пользователь не найден', 'userunknown'],
  ['ПОЧТОВЫЙ ЯЩИК ПЕРЕПОЛНЕН', 'mailboxfull'], // upper-case Cyrillic lower-cases
  ['Неизвестный получатель', 'userunknown'], // й folds consistently on both sides
  ['Ваш IP-адрес в чёрном списке', 'blocked'], // ё written or not
  ['指定されたユーザは存在しません', 'userunknown'],
  ['ﾕｰｻﾞが存在しません', 'userunknown'], // half-width katakana
  ['メールボックスがいっぱいです', 'mailboxfull'],
  ['収信者のドメインが存在しません', 'hostunknown'],
  ['用户不存在', 'userunknown'],
  ['收件人邮箱已满', 'mailboxfull'],
  ['该邮件被判定为垃圾邮件', 'spamdetected'],
  ['존재하지 않는 사용자입니다', 'userunknown'],
  ['메일함이 가득 찼습니다', 'mailboxfull'],
];

test('localised wordings classify to their reason through the whole rule order', () => {
  for (const [text, reason] of CASES) assert.equal(reasonOf(text), reason, text);
});

test('an English server reply quoted in a localised report wins over the localised words', () => {
  assert.equal(reasonOf('Unzustellbar: 550 5.2.2 mailbox full (Benutzer unbekannt)', '5.2.2'), 'mailboxfull');
});

test('the localised table sits after the English phrases and before the status registry', () => {
  const ids = RULE_TABLES.map((t) => t.id);
  assert.ok(ids.indexOf('localised-phrases') > ids.indexOf('text-phrases'));
  assert.ok(ids.indexOf('localised-phrases') < ids.indexOf('status-codes'));
});

test('every phrase is lower case, non-empty, and no phrase is claimed by two reasons', () => {
  const seen = new Map<string, string>();
  for (const g of LOCALISED_PHRASES) {
    for (const [lang, list] of Object.entries(g.phrases)) {
      for (const p of list ?? []) {
        assert.equal(p, p.toLowerCase(), `${g.id}/${lang}: ${p}`);
        assert.ok(p.trim().length >= 2, `${g.id}/${lang}: empty phrase`);
        const k = foldText(p);
        // Languages may share a word (es/pt "lista negra"); two reasons may not.
        const owner = seen.get(k);
        assert.ok(owner === undefined || owner === g.id, `${g.id}/${lang}: "${p}" also in ${owner ?? ''}`);
        seen.set(k, g.id);
      }
    }
  }
  assert.equal(LOCALISED_RULES.rules.length, LOCALISED_PHRASES.length);
});

test('no localised phrase matches plain English text', () => {
  const english = 'The message could not be delivered because the recipient mailbox is unavailable; please try again later or contact the administrator of the domain. No existing filter blocked it.';
  const folded = foldText(english);
  for (const g of LOCALISED_PHRASES) for (const list of Object.values(g.phrases)) for (const p of list ?? []) assert.ok(!folded.includes(foldText(p)), p);
});

test('foldText: accents, widths and case fold; other scripts survive; ASCII unchanged', () => {
  assert.equal(foldText('Boîte  aux\tLettres PLEINE'), 'boite aux lettres pleine');
  assert.equal(foldText('５５０ ＵＳＥＲ'), '550 user');
  assert.equal(foldText('ПОЛЬЗОВАТЕЛЬ'), 'пользователь');
  assert.equal(foldText('用户不存在'), '用户不存在');
  assert.equal(foldText('ﾕｰｻﾞ'), foldText('ユーザ'));
  assert.equal(foldText('User Unknown'), 'user unknown');
});

test('classification of a huge non-Latin text is bounded and does not throw', () => {
  const big = 'ユーザが存在しません'.repeat(200_000) + ' Ǆ İ ß';
  assert.equal(reasonOf(big), 'userunknown');
});

test('wordsOnly blanks host names, addresses, links and file names, keeps words and codes', () => {
  assert.equal(wordsOnly('host spamfilter1.example.net[192.0.2.5] said: 421 4.4.2 timed out').replace(/\s+/g, ' '), 'host [192.0.2.5] said: 421 4.4.2 timed out');
  assert.equal(wordsOnly('see https://example.com/policy.html or policy.html').replace(/\s+/g, ' '), 'see or ');
  assert.equal(wordsOnly('<a@spam.example> rejected: spam content').replace(/\s+/g, ' '), '< > rejected: spam content');
  assert.equal(wordsOnly('5.7.1 blocked, e.g. by policy'), '5.7.1 blocked, e.g. by policy');
});
