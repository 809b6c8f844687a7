/**
 * Malformed DTSEN files: every refused row is reported by its row number with an Indonesian
 * reason, the good rows go in, and a file that cannot be read as an extract changes nothing.
 * Also the readers themselves: BOM, `;` separators, quotes, XLSX shared/inline strings.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkExtract, importDtsen, reportFileOf } from '../../admin/commands/importDtsen';
import { parseCsv } from '../../admin/csv';
import { readTable } from '../../admin/table';
import { generalText, readXlsx } from '../../admin/xlsx';
import { extractRow } from '../../bench/dtsenExtract';
import { DTSEN, SETTINGS } from '../../src/app/register/tabs';
import { openBench, type Bench } from './harness';
import { xlsxOf } from './xlsxFixture';

const good = (i: number) => extractRow(i, '2025-12-31');

describe('CSV and XLSX readers', () => {
  it('drops the BOM, finds the separator, and keeps quoted separators and line breaks', () => {
    const rows = parseCsv(
      '\ufeffNIK;Nama;Alamat\r\n1;"Sri; Contoh";"Dusun ""A""\nRT 1"\r\n\r\n2;Siti;\r\n',
    );
    expect(rows.map((r) => r.cells)).toEqual([
      ['NIK', 'Nama', 'Alamat'],
      ['1', 'Sri; Contoh', 'Dusun "A"\nRT 1'],
      [''],
      ['2', 'Siti', ''],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4, 5]);
    expect(parseCsv('a,b\n1,2').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads XLSX shared and inline strings, and shows a 16-digit number as Excel does', () => {
    const buf = xlsxOf([
      ['NIK', 'Nama'],
      ['3520054708680001', 'Sri & Siti'],
      [3520054708680001, null],
      [45657, 'x'],
    ]);
    const sheet = readXlsx(buf);
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      ['NIK', 'Nama'],
      ['3520054708680001', 'Sri & Siti'],
      ['3.52005E+15'],
      ['45657', 'x'],
    ]);
    expect(generalText('123')).toBe('123');
  });
});

describe('a malformed DTSEN file', () => {
  let bench: Bench;
  beforeEach(async () => {
    bench = await openBench();
  });
  afterEach(async () => {
    await bench.close();
  });

  it('reports every bad row by number and imports the good ones', async () => {
    const lines = [
      'NIK;No. KK;Nama;Desil;Tanggal Data',
      good(0).join(';'), // line 2: good
      ['3.52005E+15', good(1)[1], 'Sri Contoh', '3', '2025-12-31'].join(';'), // 3: Excel-mangled
      ['35200547086800', good(2)[1], 'Siti Contoh', '3', '2025-12-31'].join(';'), // 4: 14 digits
      ['3520053102680001', good(3)[1], 'Tutik Contoh', '3', '2025-12-31'].join(';'), // 5: 31 Feb
      ';;;;', // 6: empty row
      [good(4)[0], good(4)[1], '', '11', '31/12/2025'].join(';'), // 7: no name, decile 11
      good(0).join(';'), // 8: same NIK as line 2
      [good(5)[0], '3.52005E+15', 'Marni Contoh', '2', '31/12/2025'].join(';'), // 9: KK mangled
      [good(6)[0], good(6)[1], '"Wahyuni; Contoh"', '4', '2026-02-01'].join(';'), // 10: future date
      [good(7)[0], good(7)[1], 'Lestari Contoh', '5', '31-12-2025'].join(';'), // 11: good
    ];
    const file = path.join(bench.dir, 'rusak.csv');
    fs.writeFileSync(file, `\ufeff${lines.join('\r\n')}\r\n`);
    const result = await importDtsen(bench.ctx, { file });
    expect(result.imported).toBe(2);
    const report = parseCsv(fs.readFileSync(reportFileOf(file), 'utf8')).map((r) => r.cells);
    expect(report[0]).toEqual(['Baris', 'NIK', 'Alasan']);
    const byLine = new Map(report.slice(1).map((r) => [Number(r[0]), r[2]]));
    expect([...byLine.keys()]).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(byLine.get(3)).toMatch(/NIK tertulis sebagai angka Excel \(3\.52005E\+15\)/);
    expect(byLine.get(4)).toMatch(/^NIK: .*16 digit/);
    expect(byLine.get(5)).toMatch(/31 Februari 1968.*tidak ada di kalender/);
    expect(byLine.get(6)).toBe('Baris kosong; dilewati.');
    expect(byLine.get(7)).toMatch(/Nama kosong\. Desil "11" harus bilangan bulat 1 sampai 10\./);
    expect(byLine.get(8)).toMatch(/NIK sama dengan baris 2/);
    expect(byLine.get(9)).toMatch(/Nomor KK tertulis sebagai angka Excel/);
    expect(byLine.get(10)).toMatch(/Tanggal Data 2026-02-01 setelah hari ini/);
    const rows = bench.register
      .values(DTSEN.name)
      .slice(1)
      .filter((r) => r[0] !== '');
    expect(rows.map((r) => r[0])).toEqual([good(0)[0], good(7)[0]]);
  });

  it('changes nothing when the columns are wrong', async () => {
    const before = bench.register.values(SETTINGS.name);
    const file = path.join(bench.dir, 'salah.csv');
    fs.writeFileSync(file, 'Nomor Induk,Nama Lengkap,Kelas\n3520054708680001,Sri,3\n');
    await expect(importDtsen(bench.ctx, { file })).rejects.toThrow(
      /tidak ada yang diubah\.\nKolom "NIK" tidak ditemukan\.\nKolom "No\. KK" tidak ditemukan\.\nKolom "Desil" tidak ditemukan\./,
    );
    expect(bench.register.values(SETTINGS.name)).toEqual(before);
    expect(bench.rest.handler.counts.size).toBe(0);
  });

  it('reads an XLSX extract, refusing a NIK Excel stored as a number', async () => {
    const file = path.join(bench.dir, 'dtsen.xlsx');
    fs.writeFileSync(
      file,
      xlsxOf([
        ['NIK', 'NO_KK', 'NAMA_LENGKAP', 'DESIL_NASIONAL', 'TGL_DATA'],
        [good(0)[0], good(0)[1], 'Sri Contoh', 1, 46022],
        [Number(good(1)[0]), good(1)[1], 'Siti Contoh', 2, 46022],
      ]),
    );
    expect(readTable(file).headers).toHaveLength(5);
    const result = await importDtsen(bench.ctx, { file });
    expect(result).toMatchObject({ imported: 1, rejected: 1, dataDate: '2025-12-31' });
  });

  it('needs the data date when the file has no Tanggal Data column', () => {
    const table = {
      headers: ['NIK', 'KK', 'Nama', 'Desil'],
      rows: [{ line: 2, cells: good(0).slice(0, 4) }],
    };
    expect(checkExtract(table, { today: '2026-01-05' }).problems[0]).toMatch(/--tanggal-data/);
    const ok = checkExtract(table, { today: '2026-01-05', dataDate: '2025-11-30' });
    expect(ok.valid[0].dataDate).toBe('2025-11-30');
  });
});
