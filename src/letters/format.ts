/**
 * Small formats of letters that the domain does not have: NIP, the day of a berita acara in
 * words, paragraphs of free text, NIKs scrubbed from free text, safe image data URIs, and the
 * office (kop surat) read from the `kantor.*` settings.
 */
import { formatTanggal, isIsoDate, NAMA_BULAN, NAMA_HARI, terbilang, weekdayOf } from '../domain';
import { maskNik } from '../domain';
import type { OfficeInput } from './types';

/**
 * A NIP of 18 digits as printed under a signature: birth date, appointment, sex, serial.
 * Anything else is returned trimmed, as typed.
 * @example formatNip('197001011995032001') // '19700101 199503 2 001'
 */
export function formatNip(nip: string): string {
  const bare = String(nip ?? '').replace(/\s+/g, '');
  if (!/^\d{18}$/.test(bare)) return String(nip ?? '').trim();
  return `${bare.slice(0, 8)} ${bare.slice(8, 14)} ${bare.slice(14, 15)} ${bare.slice(15)}`;
}

/**
 * The day of a berita acara in words.
 * @example dayInWords('2023-06-05') // 'Senin tanggal lima bulan Juni tahun dua ribu dua puluh tiga'
 */
export function dayInWords(isoDate: string): string {
  if (!isIsoDate(isoDate)) return formatTanggal(isoDate);
  const day = Number(isoDate.slice(8, 10));
  const month = Number(isoDate.slice(5, 7));
  const year = Number(isoDate.slice(0, 4));
  return `${NAMA_HARI[weekdayOf(isoDate)]} tanggal ${terbilang(day)} bulan ${NAMA_BULAN[month]} tahun ${terbilang(year)}`;
}

/** "(05-06-2023)" for a berita acara; '' for an invalid date. */
export function dayNumeric(isoDate: string): string {
  if (!isIsoDate(isoDate)) return '';
  return `(${isoDate.slice(8, 10)}-${isoDate.slice(5, 7)}-${isoDate.slice(0, 4)})`;
}

/** Masks every run of exactly 16 digits (a NIK or a KK number) in free text. */
export function scrubNik(text: string): string {
  return String(text ?? '').replace(/(^|\D)(\d{16})(?!\d)/g, (_m, pre: string, digits: string) => {
    return `${pre}${maskNik(digits)}`;
  });
}

/** Free text split into paragraphs at blank lines; single line breaks become spaces. */
export function paragraphs(text: string): string[] {
  return String(text ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
}

const IMAGE_DATA_URI = /^data:image\/(?:png|jpeg|gif);base64,[A-Za-z0-9+/]+={0,2}$/;

/** The data URI if it is a base64 PNG, JPEG or GIF; '' otherwise (never an external URL). */
export function safeImageDataUri(uri: string): string {
  return typeof uri === 'string' && IMAGE_DATA_URI.test(uri) ? uri : '';
}

/** A count as letters write it: "20 (dua puluh) orang". */
export function countLabel(n: number, noun: string): string {
  return `${n} (${terbilang(n)}) ${noun}`;
}

/**
 * The office from the settings tab (key → value). Keys: `kantor.nama` (full name),
 * `kantor.pemerintah`, `kantor.unit`, `kantor.alamat`, `kantor.telepon`, `kantor.email`,
 * `kantor.laman`, `kantor.tempat`, `kantor.logo` (data URI). Missing keys get Magetan defaults.
 */
export function officeFromSettings(settings: Readonly<Record<string, string>>): OfficeInput {
  const get = (key: string, fallback: string): string => {
    const v = settings[key];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : fallback;
  };
  const fullName = get('kantor.nama', 'Dinas Sosial Kabupaten Magetan');
  const regency = /\bKabupaten\s+(.+)$/i.exec(fullName);
  const place = get('kantor.tempat', regency ? regency[1] : 'Magetan');
  return {
    government: get('kantor.pemerintah', `Pemerintah Kabupaten ${place}`),
    unit: get('kantor.unit', fullName.replace(/\s+Kabupaten\s+.+$/i, '')),
    fullName,
    address: get('kantor.alamat', 'Magetan, Jawa Timur'),
    phone: get('kantor.telepon', ''),
    email: get('kantor.email', ''),
    website: get('kantor.laman', ''),
    place,
    logoDataUri: safeImageDataUri(get('kantor.logo', '')),
  };
}
