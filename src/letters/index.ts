/**
 * The letters of the register: view models built from plain data (case, members, signer,
 * office, the letter's number/date/verification), handlebars helpers, rendering with the
 * precompiled templates of `templates/*.hbs`, and the QR code of the verification URL.
 * Pure TypeScript: no Apps Script globals, no Node APIs.
 */
export type * from './types';
export { LETTER_KINDS } from './types';
export {
  buildBastView,
  buildDisposisiView,
  buildPenolakanView,
  buildPengembalianView,
  buildRekomendasiView,
  buildSktView,
  reasonsFromReport,
} from './views';
export {
  countLabel,
  dayInWords,
  dayNumeric,
  formatNip,
  officeFromSettings,
  paragraphs,
  safeImageDataUri,
  scrubNik,
} from './format';
export { HELPER_NAMES, LETTER_HELPERS } from './helpers';
export { renderLetter, templateNames, TEMPLATE_OF } from './render';
export {
  adler32,
  base64,
  crc32,
  formatBits,
  QR_MAX_VERSION,
  qrByteCapacity,
  qrDataUri,
  qrEncode,
  qrMatrix,
  qrPenalty,
  qrPng,
  rsRemainder,
  utf8Bytes,
  versionBits,
  zlibStored,
} from './qr';
export type { QrEcc, QrMatrix, QrOptions, QrSymbol } from './qr';
