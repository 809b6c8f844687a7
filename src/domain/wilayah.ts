/**
 * Area codes of Kabupaten Magetan (Kemendagri): normalising a code to its dotted form and
 * looking up kecamatan and desa by code. Desa names repeat across kecamatan, so a desa is
 * always keyed by its code, never by its name.
 */
import { DESA_MAGETAN, KECAMATAN_MAGETAN } from './data/wilayah';

const DOTTED = /^\d{2}\.\d{2}\.\d{2}(\.\d{4})?$/;

/** A desa or kelurahan of Magetan with its kecamatan code. */
export type Desa = { code: string; name: string; level: 'desa' | 'kelurahan'; kecamatan: string };

/** Lookup maps, built on first use (not at import). */
let lookup: { kecamatan: Map<string, string>; desa: Map<string, Desa> } | null = null;

function maps(): { kecamatan: Map<string, string>; desa: Map<string, Desa> } {
  if (!lookup) {
    lookup = {
      kecamatan: new Map(KECAMATAN_MAGETAN.map(([code, name]) => [code, name])),
      desa: new Map(
        DESA_MAGETAN.map(([code, name, level]) => [
          code,
          { code, name, level, kecamatan: code.slice(0, 8) },
        ]),
      ),
    };
  }
  return lookup;
}

/**
 * Dots a bare code of 6 digits (kecamatan) or 10 digits (desa): '352005' → '35.20.05'.
 * A code already dotted is returned unchanged; anything else gives ''.
 * @example dottedAreaCode('3520052001') // '35.20.05.2001'
 */
export function dottedAreaCode(code: string): string {
  if (typeof code !== 'string') return '';
  if (DOTTED.test(code)) return code;
  const bare = code.replace(/[\s.]/g, '');
  if (/^\d{6}$/.test(bare)) return `${bare.slice(0, 2)}.${bare.slice(2, 4)}.${bare.slice(4, 6)}`;
  if (/^\d{10}$/.test(bare)) {
    return `${bare.slice(0, 2)}.${bare.slice(2, 4)}.${bare.slice(4, 6)}.${bare.slice(6)}`;
  }
  return '';
}

/**
 * Name of a Magetan kecamatan by code (dotted or bare); '' when it is not one of the 18.
 * @example kecamatanName('35.20.05') // 'Kawedanan'
 */
export function kecamatanName(code: string): string {
  return maps().kecamatan.get(dottedAreaCode(code)) ?? '';
}

/**
 * Whether a code is one of the 18 kecamatan of Kabupaten Magetan (35.20.01-35.20.18).
 * @example isMagetanKecamatan('352018') // true
 */
export function isMagetanKecamatan(code: string): boolean {
  return kecamatanName(code) !== '';
}

/**
 * A Magetan desa/kelurahan by code, with its kecamatan; `null` when unknown.
 * @example findDesa('35.20.01.2001') // { code: '35.20.01.2001', name: 'Poncol', level: 'desa', kecamatan: '35.20.01' }
 */
export function findDesa(code: string): Readonly<Desa> | null {
  return maps().desa.get(dottedAreaCode(code)) ?? null;
}
