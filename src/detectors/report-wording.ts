/**
 * How delivery reports announce themselves, in the common languages: the Subjects and opening
 * sentences of failure reports and delay notices, and the Subjects of success notices. Data and
 * pure tests only, shared by the detectors that must tell a report from other mail (the
 * last-resort text reader, the auto-reply reader). Every test runs over a capped string.
 */
import { squeezeWhiteSpace } from '../dsn/white-space.js';

/** Longest Subject looked at. */
const MAX_SUBJECT = 300;
/** Longest body text searched for an opening sentence. */
const MAX_OPENING = 8192;

/**
 * Subjects of failure reports. Latin-script wordings must start the Subject (after an optional
 * `[tag]` or `***tag***`), so "Re: Undeliverable" written by a person does not count; the
 * CJK and Cyrillic ones may stand anywhere.
 */
export const FAILURE_SUBJECT_START =
  /^(?:\[[^\]\n]{0,40}\]\s*|\*{1,3}[^*\n]{0,30}\*{1,3}\s*)?(?:undeliverable|undelivered|undeliverable mail|non[- ]?deliver(?:y|able)|delivery (?:status notification \((?:failure|failed)\)|failure|failed|has failed|notification: delivery has failed|report)|mail delivery (?:failed|failure|system|subsystem|error)|message (?:not delivered|delivery failed|delivery has failed|could not be delivered)|message undeliverable|failure notice|permanent (?:delivery )?failure|returned mail|mail system error|returned to sender|failed delivery|delivery problem|unzustellbar|nicht zustellbar|unzustellbare nachricht|zustellung fehlgeschlagen|fehler bei der zustellung|benachrichtigung zum (?:übermittlungsstatus|zustellstatus) \(fehler|non remis|non distribuable|[ée]chec de (?:la )?(?:remise|livraison|distribution)|message non remis|remise impossible|notification d'[ée]tat de (?:la )?remise \([ée]chec|no se puede entregar|no entregado|mensaje no entregado|error de entrega|notificaci[óo]n de estado de (?:la )?entrega \((?:error|fallo)|correo devuelto|non recapitabile|mancato recapito|messaggio non recapitato|errore di consegna|notifica (?:sullo )?stato (?:di )?(?:consegna|recapito) \((?:errore|non riuscit)|n[ãa]o (?:é possível entregar|entregue|foi poss[íi]vel entregar)|mensagem n[ãa]o entregue|falha (?:na|de) entrega|notifica[çc][ãa]o de status de entrega \(falha|onbestelbaar|niet bezorgd|kan niet worden bezorgd|bezorgstatusmelding \(fout|niedostarczaln|niedostarczon|nie można dostarczyć|nie dostarczono|powiadomienie o stanie dostarczenia \(niepowodzenie)/i;
/** Failure Subjects (CJK, Cyrillic) that may stand anywhere in the Subject, not only at its start. */
export const FAILURE_SUBJECT_ANYWHERE =
  /недоставленн|не доставлен|невозможно доставить|ошибка доставки|уведомление о состоянии доставки \(сбой|配信不能|配送不能|配信エラー|配送エラー|送信エラー|配信失敗|配送失敗|未送達|不達|メール.{0,4}エラー|エラーメール|返送|退信|无法投递|無法投遞|无法传递|無法傳遞|传递失败|傳遞失敗|投递失败|投遞失敗|发送失败|發送失敗|未送达|배달 실패|전송 실패|반송|배달되지|배달 불가|^エラー/i;

/** Subjects of delay notices (the message is still queued). */
export const DELAY_SUBJECT =
  /^(?:\[[^\]\n]{0,40}\]\s*)?(?:delayed mail|delivery (?:status notification \(delay\)|delayed|delay)|mail delivery delayed|message delayed|warning: (?:message .{0,60}delayed|could not send message)|delivery notification: delay|zustellung verz[öo]gert|verz[öo]gerte (?:zustellung|nachricht)|benachrichtigung zum (?:übermittlungsstatus|zustellstatus) \(verz[öo]gerung|remise (?:retard[ée]e|diff[ée]r[ée]e)|message retard[ée]|entrega (?:retrasada|demorada)|consegna (?:ritardata|in ritardo)|entrega (?:atrasada|adiada)|vertraagd|op[óo][źz]nion|задерж|遅延|延迟|延遲|지연)/i;

/** Opening sentences of failure reports (lower-cased text). */
export const FAILURE_BODY =
  /could not be delivered|cannot be delivered|can't be delivered|not able to be delivered|could not be sent|was not relayed|were not relayed|error occurred while trying to deliver|had delivery problems|message not delivered|problem delivering your message|did not reach|could not be reached|couldn't be delivered|was not delivered|wasn't delivered|has not been delivered|could not deliver|unable to deliver|delivery (?:has )?failed|delivery to the following recipients? (?:failed|was aborted|has been aborted)|permanent(?:ly)? (?:error|fail)|permanent fatal errors?|undeliverable|following addresses? (?:had permanent|failed)|message was rejected|not be delivered to one or more|konnte nicht (?:zugestellt|übermittelt)|nicht an \S{1,254} zugestellt|nicht zugestellt werden|wurde nicht zugestellt|unzustellbar|[ée]chec de la remise|n'a pas pu (?:être|etre) (?:remis|distribu|livr)|n'a pas (?:été|ete) (?:remis|distribu|livr)|impossible de (?:remettre|distribuer|livrer)|no se (?:pudo|ha podido|puede) entregar|no se (?:ha entregado|entregó)|no pudo (?:ser )?entregar|no ha podido ser entregado|non (?:è|e) stato possibile (?:recapitare|consegnare)|non pu[òo] essere (?:recapitato|consegnato)|non (?:è|e) stato (?:recapitato|consegnato)|n[ãa]o (?:foi poss[íi]vel entregar|p[ôo]de ser entregue|foi entregue)|kon niet (?:worden )?(?:bezorgd|afgeleverd)|niet (?:worden )?(?:bezorgd|afgeleverd)|nie (?:może zostać|mogła zostać|została|można) dostarcz|не (?:может быть|удалось|было|будет) достав|не доставлен|配信できません|配信されませんでした|送信できません|配送できません|届きませんでした|届けることができません|無法投遞|无法投递|无法送达|無法送達|未能送达|无法传递|無法傳遞|传递失败|傳遞失敗|投递失败|배달하지 못|전달되지 않았|전송하지 못|배달되지 않았/;

/** Opening sentences of delay notices. */
export const DELAY_BODY =
  /has been delayed|not yet been delivered|will (?:continue to )?(?:try|retry)|will be retried|still (?:trying|being retried)|delivery (?:is )?delayed|noch nicht zugestellt|weiterhin versuch|wird erneut versucht|retard[ée]|toujours en cours de|sera (?:retent[ée]|renouvel)|retrasad|se (?:volver[áa]|seguir[áa]) intentando|ritardat|continuer[àa] a tentare|atrasad|tentar[áa] novamente|vertraagd|opóźnion|задерж|遅延|再送を試み|延迟|延遲|지연/;

/**
 * A server's failure reply quoted the way only delivery reports quote it: Postfix's "host ...
 * said: 550" and "(in reply to RCPT TO command)", Exim's "SMTP error from remote mail server",
 * a session transcript's "RCPT TO:<address>". A pasted report may keep only such a block, with
 * no opening sentence (lower-cased text).
 */
export const REPLY_QUOTE = /\bsaid: ?[45]\d\d\b|\(in reply to (?:rcpt to|mail from|end of data|data)\b|smtp error from remote (?:mail )?server|\brcpt to: ?<[^<>\s@]{1,64}@[^<>\s]{1,255}>/;

/** Reports of success, never claimed here. */
export const SUCCESS_SUBJECT = /^(?:delivered|relayed|zugestellt|remis|entregado|recapitato|entregue|bezorgd|dostarczono|доставлено)\s*:|\((?:success|relayed|erfolg|r[ée]ussite|correcto|riuscit|sucesso|geslaagd|powodzenie)\)/i;

function capSubject(subject: string): string {
  return (subject.length > MAX_SUBJECT ? subject.slice(0, MAX_SUBJECT) : subject).trim();
}

/**
 * True when a Subject announces a failure report ("Undeliverable: ...", "Unzustellbar: ...",
 * "配信不能", "Недоставленное сообщение").
 * @example isFailureSubject('Unzustellbar: Angebot') // true
 */
export function isFailureSubject(subject: string): boolean {
  const s = capSubject(subject);
  return FAILURE_SUBJECT_START.test(s) || FAILURE_SUBJECT_ANYWHERE.test(s);
}

/**
 * True when a Subject announces a delay notice ("Delivery Status Notification (Delay)").
 * @example isDelaySubject('Delayed Mail (still being retried)') // true
 */
export function isDelaySubject(subject: string): boolean {
  return DELAY_SUBJECT.test(capSubject(subject));
}

/** True when a Subject announces a success notice ("Delivered: ...", "(Success)"). */
export function isSuccessSubject(subject: string): boolean {
  return SUCCESS_SUBJECT.test(capSubject(subject));
}

/** The first failure opening sentence in a body text, or "". The text is lower-cased here. */
export function failureOpening(text: string): string {
  const m = FAILURE_BODY.exec(openingText(text));
  return m ? m[0] : '';
}

/** The first delay opening sentence in a body text, or "". */
export function delayOpening(text: string): string {
  const m = DELAY_BODY.exec(openingText(text));
  return m ? m[0] : '';
}

/**
 * The first quoted server reply of a body text in the way delivery reports quote one (see
 * REPLY_QUOTE), or "".
 */
export function replyQuote(text: string): string {
  const m = REPLY_QUOTE.exec(openingText(text));
  return m ? m[0] : '';
}

/**
 * The first failure and the first delay opening sentence of a body text ("" when none), read in
 * one pass over the text's head.
 */
export function reportOpenings(text: string): { failure: string; delay: string } {
  const head = openingText(text);
  return { failure: FAILURE_BODY.exec(head)?.[0] ?? '', delay: DELAY_BODY.exec(head)?.[0] ?? '' };
}

/**
 * The head of a body, lower case, with every run of blanks and line breaks as one space: reports
 * wrap their sentences where the writer's line ran out ("your message could not\nbe delivered"),
 * and a client that re-flows the text (a paste, an inline forward) wraps them elsewhere.
 */
function openingText(text: string): string {
  return squeezeWhiteSpace(text.length > MAX_OPENING ? text.slice(0, MAX_OPENING) : text).toLowerCase();
}
