/**
 * Failure wordings in other languages than English, as reasons: what mail servers and hosted
 * mail services write in German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian,
 * Japanese, Chinese and Korean for the common reasons. Tried after the English text phrases
 * (many localised reports quote an English server reply, which is more precise) and before the
 * status-code registry (a generic 5.0.0 / 550 with localised words is decided here).
 *
 * Data only. Phrases are written in lower case with their accents; the matcher folds both the
 * phrase and the text (Unicode compatibility decomposition, Latin accents dropped, lower case),
 * so "boite aux lettres pleine" written by an ASCII-only server and half-width katakana match
 * too. Groups are ordered so that the more specific wording wins: a suspended account before a
 * blocked sender ("konto gesperrt" vs "gesperrt"), an unknown domain before an unknown user
 * ("el dominio no existe" vs "no existe").
 */
import type { ReasonId } from '../../kb/reasons.js';
import type { Rule, RuleTable } from '../types.js';

/** Languages the table covers (ISO 639-1). */
export type PhraseLanguage = 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl' | 'ru' | 'ja' | 'zh' | 'ko';

/** One reason's wordings, per language. */
export interface LocalisedPhraseGroup {
  /** Rule id suffix: the rule is `l10n-<id>`. */
  readonly id: string;
  readonly reason: ReasonId;
  readonly phrases: Readonly<Partial<Record<PhraseLanguage, readonly string[]>>>;
}

/** The wordings, most specific group first. */
export const LOCALISED_PHRASES: readonly LocalisedPhraseGroup[] = [
  {
    id: 'suspend',
    reason: 'suspend',
    phrases: {
      de: ['konto gesperrt', 'konto ist gesperrt', 'konto wurde gesperrt', 'konto deaktiviert', 'konto wurde deaktiviert', 'postfach gesperrt', 'postfach ist gesperrt', 'postfach deaktiviert', 'postfach ist deaktiviert', 'benutzer gesperrt', 'vorübergehend gesperrt', 'konto ist deaktiviert', 'postfach wurde deaktiviert', 'benutzer ist deaktiviert'],
      fr: ['compte suspendu', 'compte désactivé', 'compte bloqué', 'compte inactif', 'boîte aux lettres désactivée', 'boîte aux lettres suspendue', 'boîte aux lettres bloquée', 'utilisateur désactivé'],
      es: ['cuenta suspendida', 'cuenta deshabilitada', 'cuenta desactivada', 'cuenta bloqueada', 'cuenta inactiva', 'buzón deshabilitado', 'buzón desactivado', 'buzón bloqueado', 'buzón suspendido', 'usuario deshabilitado', 'usuario inactivo'],
      it: ['account sospeso', 'account disattivato', 'account disabilitato', 'account bloccato', 'casella sospesa', 'casella disattivata', 'casella disabilitata', 'casella bloccata', 'utente disabilitato', 'utente sospeso'],
      pt: ['conta suspensa', 'conta desativada', 'conta desactivada', 'conta bloqueada', 'conta inativa', 'caixa postal desativada', 'caixa postal bloqueada', 'caixa de correio desativada', 'usuário desativado', 'utilizador desativado'],
      nl: ['account geblokkeerd', 'account opgeschort', 'account uitgeschakeld', 'account gedeactiveerd', 'mailbox uitgeschakeld', 'mailbox geblokkeerd', 'postvak uitgeschakeld', 'postvak geblokkeerd'],
      pl: ['konto zablokowane', 'konto zawieszone', 'konto wyłączone', 'konto nieaktywne', 'skrzynka zablokowana', 'skrzynka wyłączona', 'skrzynka nieaktywna'],
      ru: ['аккаунт заблокирован', 'учетная запись заблокирована', 'учетная запись отключена', 'ящик заблокирован', 'ящик отключен', 'пользователь заблокирован', 'аккаунт отключен', 'аккаунт приостановлен'],
      ja: ['アカウントが停止', 'アカウント停止', 'アカウントは停止', 'アカウントが無効', '利用停止', '一時停止中', '停止されています'],
      zh: ['账户已停用', '帐户已停用', '帳戶已停用', '账号已停用', '帐号已停用', '账号已冻结', '帐号已冻结', '账户被冻结', '帐户被冻结', '邮箱已冻结', '邮箱已停用', '郵箱已停用', '已被禁用'],
      ko: ['계정이 정지', '계정 정지', '정지된 계정', '비활성화된 계정', '휴면 계정', '휴면 상태'],
    },
  },
  {
    id: 'mailbox-full',
    reason: 'mailboxfull',
    phrases: {
      de: ['postfach voll', 'postfach ist voll', 'postfach ist überfüllt', 'mailbox voll', 'mailbox ist voll', 'postfachgröße überschritten', 'speicherkontingent', 'kontingent überschritten', 'quota überschritten', 'speicherplatz des postfachs'],
      fr: ['boîte aux lettres pleine', 'boîte aux lettres est pleine', 'boîte aux lettres saturée', 'boîte de réception est pleine', 'boîte pleine', 'quota dépassé', 'dépassement de quota', 'quota de la boîte'],
      es: ['buzón lleno', 'buzón está lleno', 'buzón de correo está lleno', 'bandeja de entrada está llena', 'cuota excedida', 'excede la cuota', 'superado la cuota', 'sin espacio en el buzón', 'buzón del destinatario está lleno'],
      it: ['casella piena', 'casella di posta piena', 'casella postale piena', 'casella è piena', 'mailbox piena', 'quota superata', 'superato la quota', 'spazio esaurito'],
      pt: ['caixa postal cheia', 'caixa postal está cheia', 'caixa de correio cheia', 'caixa de entrada cheia', 'caixa de entrada está cheia', 'caixa cheia', 'cota excedida', 'quota excedida', 'excedeu a cota', 'excedeu a quota'],
      nl: ['mailbox vol', 'mailbox is vol', 'postvak vol', 'postvak is vol', 'quotum overschreden', 'quota overschreden'],
      pl: ['skrzynka pełna', 'skrzynka jest pełna', 'skrzynka przepełniona', 'skrzynka odbiorcza jest pełna', 'brak miejsca w skrzynce', 'przekroczony limit skrzynki', 'przekroczono limit skrzynki'],
      ru: ['ящик переполнен', 'ящик получателя переполнен', 'ящик полон', 'превышена квота', 'превышен размер ящика', 'недостаточно места в ящике', 'нет места в ящике'],
      ja: ['メールボックスがいっぱい', 'メールボックスが一杯', 'メールボックスの容量', 'メールボックス容量', '容量オーバー', '容量超過', '容量を超え', '保存容量', 'メールボックスが満杯'],
      zh: ['邮箱已满', '郵箱已滿', '信箱已满', '信箱已滿', '邮箱空间不足', '郵箱空間不足', '邮箱空间已满', '郵箱空間已滿', '邮箱容量', '超出配额', '超過配額', '超出邮箱'],
      ko: ['메일함이 가득', '메일함 용량', '메일박스가 가득', '사서함이 가득', '용량 초과', '용량이 초과'],
    },
  },
  {
    id: 'host-unknown',
    reason: 'hostunknown',
    phrases: {
      de: ['domain existiert nicht', 'domäne existiert nicht', 'unbekannte domain', 'domain unbekannt', 'domain nicht gefunden', 'domäne nicht gefunden', 'host nicht gefunden', 'unbekannter host'],
      fr: ['domaine inconnu', "domaine n'existe pas", 'domaine introuvable', 'domaine inexistant', 'hôte inconnu', 'hôte introuvable'],
      es: ['dominio desconocido', 'dominio no existe', 'dominio no encontrado', 'dominio inexistente', 'no se encontró el dominio', 'host desconocido'],
      it: ['dominio sconosciuto', 'dominio inesistente', 'dominio non esiste', 'dominio non trovato', 'host sconosciuto'],
      pt: ['domínio desconhecido', 'domínio inexistente', 'domínio não existe', 'domínio não encontrado', 'host desconhecido'],
      nl: ['domein bestaat niet', 'onbekend domein', 'domein onbekend', 'domein niet gevonden'],
      pl: ['domena nie istnieje', 'nieznana domena', 'nie znaleziono domeny', 'nieznany host'],
      ru: ['домен не существует', 'домен не найден', 'неизвестный домен', 'хост не найден', 'неизвестный хост'],
      ja: ['ドメインが存在しません', 'ドメインは存在しません', '存在しないドメイン', 'ドメインが見つかりません', 'ドメイン不明', 'ホストが見つかりません', 'ホスト不明'],
      zh: ['域名不存在', '找不到域名', '未知域名', '網域不存在', '域名無法解析', '域名无法解析', '主机不存在'],
      ko: ['도메인을 찾을 수 없', '존재하지 않는 도메인', '알 수 없는 도메인'],
    },
  },
  {
    id: 'user-unknown',
    reason: 'userunknown',
    phrases: {
      de: ['benutzer unbekannt', 'unbekannter benutzer', 'empfänger unbekannt', 'unbekannter empfänger', 'unbekannte empfängeradresse', 'ungültiger empfänger', 'empfänger nicht gefunden', 'empfängeradresse wurde nicht gefunden', 'e-mail-adresse wurde nicht gefunden', 'postfach existiert nicht', 'postfach nicht gefunden', 'adresse existiert nicht', 'konto existiert nicht', 'benutzer existiert nicht', 'kein solcher benutzer'],
      fr: ['utilisateur inconnu', 'destinataire inconnu', 'adresse inconnue', 'destinataire introuvable', 'utilisateur introuvable', 'adresse introuvable', 'boîte aux lettres inexistante', 'compte inexistant', 'utilisateur inexistant', "adresse n'existe pas", "destinataire n'existe pas", "utilisateur n'existe pas", "boîte aux lettres n'existe pas", 'destinataire non valide', 'destinataire invalide'],
      es: ['usuario desconocido', 'destinatario desconocido', 'usuario no existe', 'buzón no existe', 'cuenta no existe', 'dirección no existe', 'usuario inexistente', 'buzón inexistente', 'dirección no encontrada', 'destinatario no encontrado', 'no se encontró la dirección', 'no se ha encontrado la dirección', 'no se ha podido encontrar la dirección', 'destinatario no válido', 'no existe ese usuario', 'no existe dicha persona', 'no existe el usuario'],
      it: ['utente sconosciuto', 'destinatario sconosciuto', 'utente inesistente', 'casella inesistente', 'indirizzo inesistente', 'utente non esiste', 'indirizzo non esiste', 'casella non esiste', 'destinatario non trovato', 'indirizzo non trovato', 'utente non trovato', 'destinatario non valido', 'indirizzo non valido', 'nessun utente'],
      pt: ['usuário desconhecido', 'utilizador desconhecido', 'destinatário desconhecido', 'usuário inexistente', 'utilizador inexistente', 'caixa postal inexistente', 'conta inexistente', 'usuário não existe', 'endereço não existe', 'conta não existe', 'endereço não encontrado', 'destinatário não encontrado', 'destinatário inválido', 'endereço de e-mail inválido', 'endereço de email inválido'],
      nl: ['gebruiker onbekend', 'onbekende gebruiker', 'ontvanger onbekend', 'onbekende ontvanger', 'gebruiker bestaat niet', 'adres bestaat niet', 'mailbox bestaat niet', 'postvak bestaat niet', 'adres niet gevonden', 'ontvanger niet gevonden', 'mailbox niet gevonden'],
      pl: ['nieznany użytkownik', 'użytkownik nieznany', 'nieznany odbiorca', 'odbiorca nieznany', 'użytkownik nie istnieje', 'konto nie istnieje', 'adres nie istnieje', 'skrzynka nie istnieje', 'odbiorca nie istnieje', 'nie znaleziono odbiorcy', 'nie znaleziono użytkownika'],
      ru: ['пользователь не найден', 'неизвестный пользователь', 'пользователь неизвестен', 'получатель не найден', 'неизвестный получатель', 'получатель неизвестен', 'адрес не существует', 'адрес не найден', 'ящик не существует', 'ящик не найден', 'нет такого пользователя', 'такого пользователя нет', 'нет такого ящика', 'такого ящика нет', 'пользователь не существует'],
      ja: ['ユーザが存在しません', 'ユーザーが存在しません', 'ユーザは存在しません', 'ユーザーは存在しません', 'ユーザ不明', 'ユーザー不明', '宛先不明', 'あて先不明', '存在しないユーザ', '存在しないメールアドレス', 'メールアドレスが存在しません', 'メールアドレスは存在しません', 'アドレスが存在しません', 'アカウントが存在しません', '受信者が見つかりません', 'アドレスが見つかりません'],
      zh: ['用户不存在', '用戶不存在', '收件人不存在', '收件人地址不存在', '邮箱不存在', '郵箱不存在', '信箱不存在', '账户不存在', '帐户不存在', '帳戶不存在', '无此用户', '無此用戶', '查无此人', '找不到收件人', '地址不存在'],
      ko: ['사용자를 찾을 수 없', '존재하지 않는 사용자', '존재하지 않는 계정', '존재하지 않는 메일', '존재하지 않는 주소', '수신자를 찾을 수 없', '받는 사람을 찾을 수 없', '알 수 없는 사용자'],
    },
  },
  {
    id: 'too-big',
    reason: 'mesgtoobig',
    phrases: {
      de: ['nachricht zu groß', 'nachricht ist zu groß', 'nachricht zu gross', 'nachricht ist zu gross', 'maximale nachrichtengröße', 'nachrichtengröße überschreitet', 'überschreitet die maximale größe', 'größenbeschränkung'],
      fr: ['message trop volumineux', 'message trop gros', 'message est trop volumineux', 'dépasse la taille maximale', 'taille du message dépasse', 'taille maximale autorisée', 'taille limite du message'],
      es: ['mensaje demasiado grande', 'mensaje es demasiado grande', 'excede el tamaño máximo', 'supera el tamaño máximo', 'tamaño del mensaje excede', 'tamaño máximo permitido'],
      it: ['messaggio troppo grande', 'messaggio è troppo grande', 'supera la dimensione massima', 'dimensione massima consentita', 'dimensione del messaggio supera'],
      pt: ['mensagem muito grande', 'mensagem grande demais', 'mensagem é muito grande', 'excede o tamanho máximo', 'tamanho máximo permitido', 'tamanho da mensagem excede'],
      nl: ['bericht te groot', 'bericht is te groot', 'overschrijdt de maximale grootte', 'maximale berichtgrootte'],
      pl: ['wiadomość jest za duża', 'wiadomość za duża', 'zbyt duża wiadomość', 'przekracza maksymalny rozmiar', 'maksymalny rozmiar wiadomości'],
      ru: ['сообщение слишком большое', 'письмо слишком большое', 'слишком большой размер', 'превышает максимальный размер', 'размер сообщения превышает', 'размер письма превышает'],
      ja: ['サイズが大きすぎ', 'サイズ制限', 'サイズを超え', 'サイズオーバー', 'サイズ超過', 'メールサイズが'],
      zh: ['邮件过大', '郵件過大', '邮件太大', '郵件太大', '邮件大小超过', '郵件大小超過', '超过大小限制', '超過大小限制'],
      ko: ['메일 크기가', '크기 제한', '크기가 너무', '크기를 초과'],
    },
  },
  {
    id: 'relaying',
    reason: 'norelaying',
    phrases: {
      de: ['relaying nicht erlaubt', 'relay nicht erlaubt', 'relaying verweigert', 'relay verweigert', 'relaying abgelehnt'],
      fr: ['relais refusé', 'relais interdit', 'relais non autorisé', 'relayage refusé', 'relayage interdit'],
      es: ['relay denegado', 'retransmisión denegada', 'retransmisión no permitida', 'reenvío no permitido', 'relay no permitido'],
      it: ['relay non permesso', 'relay non consentito', 'relaying negato', 'inoltro non consentito', 'relay negato'],
      pt: ['relay negado', 'relay não permitido', 'retransmissão negada', 'retransmissão não permitida'],
      nl: ['relaying niet toegestaan', 'relay niet toegestaan', 'relay geweigerd'],
      pl: ['przekazywanie niedozwolone', 'relaying zabroniony', 'relay zabroniony', 'odmowa przekazywania'],
      ru: ['релей запрещен', 'релеинг запрещен', 'ретрансляция запрещена', 'пересылка запрещена'],
      ja: ['中継拒否', 'リレー拒否', '中継は許可されていません', 'リレーは許可されていません', '中継できません'],
      zh: ['拒绝中继', '拒絕中繼', '不允许中继', '不允許中繼', '禁止中继', '禁止中繼'],
      ko: ['릴레이 거부', '중계 거부', '릴레이가 허용되지'],
    },
  },
  {
    // Before spam: "virus or spam" names the worse verdict first.
    id: 'virus',
    reason: 'virusdetected',
    phrases: {
      de: ['virus gefunden', 'virenbefall', 'schadsoftware'],
      fr: ['virus détecté', 'logiciel malveillant'],
      es: ['virus detectado', 'software malicioso'],
      it: ['virus rilevato', 'software dannoso'],
      pt: ['vírus detectado', 'software malicioso'],
      nl: ['virus gevonden', 'virus gedetecteerd'],
      pl: ['wykryto wirusa', 'wirus'],
      ru: ['вирус', 'вредоносн'],
      ja: ['ウイルス', 'ウィルス', 'マルウェア'],
      zh: ['病毒', '恶意软件', '惡意軟體'],
      ko: ['바이러스', '악성코드'],
    },
  },
  {
    id: 'spam',
    reason: 'spamdetected',
    phrases: {
      de: ['als spam eingestuft', 'spamverdacht', 'unerwünschte e-mail'],
      fr: ['courrier indésirable', 'message indésirable'],
      es: ['correo no deseado', 'mensaje no deseado', 'correo basura'],
      it: ['posta indesiderata', 'messaggio indesiderato'],
      pt: ['mensagem indesejada', 'lixo eletrônico', 'correio não solicitado'],
      nl: ['ongewenste e-mail', 'ongewenste mail'],
      pl: ['niechciana poczta', 'niechciana wiadomość'],
      ru: ['спам', 'нежелательная почта', 'нежелательное сообщение'],
      ja: ['スパム', '迷惑メール'],
      zh: ['垃圾邮件', '垃圾郵件'],
      ko: ['스팸'],
    },
  },
  {
    // Too many simultaneous connections (Free's "Trop de connexions"): before the block-list group.
    id: 'too-many-conn',
    reason: 'toomanyconn',
    phrases: {
      de: ['zu viele verbindungen', 'zu viele gleichzeitige verbindungen'],
      fr: ['trop de connexions'],
      es: ['demasiadas conexiones'],
      it: ['troppe connessioni'],
      pt: ['conexões demais', 'excesso de conexões', 'demasiadas ligações'],
      nl: ['te veel verbindingen'],
      pl: ['zbyt wiele połączeń', 'za dużo połączeń'],
      ru: ['слишком много соединений', 'слишком много подключений'],
      ja: ['接続数が多すぎ', '同時接続数'],
      zh: ['连接数过多', '連線數過多', '连接过多'],
      ko: ['연결이 너무 많', '동시 연결'],
    },
  },
  {
    id: 'blocked',
    reason: 'blocked',
    phrases: {
      de: ['sperrliste', 'schwarze liste', 'schwarzen liste', 'ip-adresse blockiert', 'ip-adresse wurde blockiert', 'absender blockiert', 'server blockiert'],
      fr: ['liste noire', 'adresse ip bloquée', 'ip bloquée', 'serveur bloqué', 'expéditeur bloqué'],
      es: ['lista negra', 'dirección ip bloqueada', 'ip bloqueada', 'remitente bloqueado', 'servidor bloqueado'],
      it: ['lista nera', 'indirizzo ip bloccato', 'ip bloccato', 'mittente bloccato', 'server bloccato'],
      pt: ['lista negra', 'endereço ip bloqueado', 'ip bloqueado', 'remetente bloqueado', 'servidor bloqueado'],
      nl: ['zwarte lijst', 'ip-adres geblokkeerd', 'afzender geblokkeerd', 'server geblokkeerd'],
      pl: ['czarna lista', 'czarnej liście', 'adres ip zablokowany', 'zablokowany adres ip', 'nadawca zablokowany', 'serwer zablokowany'],
      ru: ['черный список', 'черном списке', 'ip-адрес заблокирован', 'ip адрес заблокирован', 'отправитель заблокирован', 'сервер заблокирован'],
      ja: ['ブラックリスト', 'ipアドレスがブロック', '送信元がブロック', '受信拒否'],
      zh: ['黑名单', '黑名單', 'ip被封', 'ip已被封', '被拦截', '被攔截'],
      ko: ['블랙리스트', '차단되었습니다', '차단된 ip', '수신 차단'],
    },
  },
  {
    id: 'expired',
    reason: 'expired',
    phrases: {
      de: ['zustellzeit überschritten', 'maximale zustellzeit', 'zustellversuche aufgegeben', 'konnte innerhalb von'],
      fr: ['délai de remise expiré', 'délai de livraison expiré', 'délai de distribution', 'délai expiré'],
      es: ['tiempo de entrega expirado', 'plazo de entrega', 'tiempo de entrega agotado'],
      it: ['tempo di consegna scaduto', 'tempo massimo di consegna'],
      pt: ['tempo de entrega expirou', 'prazo de entrega expirou', 'prazo de entrega excedido'],
      nl: ['bezorgtijd verlopen', 'bezorgtermijn verstreken'],
      pl: ['upłynął czas dostarczenia', 'czas dostarczenia upłynął', 'czas dostarczania minął'],
      ru: ['время доставки истекло', 'истекло время доставки', 'срок доставки истек'],
      ja: ['配送期限', '配信期限', '有効期限切れ', '配送を断念'],
      zh: ['投递超时', '投遞超時', '发送超时', '發送超時', '已过期'],
      ko: ['전송 시간 초과', '배달 시간 초과', '보관 기간 만료'],
    },
  },
];

function toRule(g: LocalisedPhraseGroup): Rule {
  const text: string[] = [];
  for (const list of Object.values(g.phrases)) if (list) text.push(...list);
  return { id: `l10n-${g.id}`, reason: g.reason, text };
}

/** The localised groups above as one rule table: one row per reason and group, any language's phrase matching. */
export const LOCALISED_RULES: RuleTable = {
  id: 'localised-phrases',
  description: 'Failure wording in languages other than English, after the English phrases',
  rules: LOCALISED_PHRASES.map(toRule),
};
