/**
 * The dsn layer's surface: pure readers of RFC 3464 / 3463 / 5321 fields and codes.
 */
export { findStatus, findAllStatuses, findReplyCode, normalizeStatus, isStatus, codeClass } from './status-code.js';
export { mtaHost, mtaName, readDeliveryStatus, stripType } from './delivery-status.js';
export { decodeEmbeddedUnicode } from './embedded-unicode.js';
export type { DeliveryStatus, FieldGroup } from './delivery-status.js';
export { cleanAddress, findAddress, findAddresses, isAddress } from './address.js';
export { toIsoDate } from './date.js';
export { findCommand, normalizeCommand } from './smtp-command.js';
export { joinFlattenedReply } from './reply-text.js';
