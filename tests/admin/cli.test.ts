/**
 * The CLI itself: help in Indonesian and English, a clear message when Google credentials are
 * missing, and `--local` — against the running playground (the import appears in its grid) and,
 * when none runs, against its state folder opened directly.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, parseArgs, HELP_EN, HELP_ID } from '../../admin/run';
import { extractCsv, extractRow } from '../../bench/dtsenExtract';
import { startServer, type RunningServer } from '../../playground/server';
import { parseCsv } from '../../admin/csv';
import type { SheetsBackend } from '../../emulator/backend/sheets';

jest.setTimeout(300_000); // a bound for a hang on a loaded machine, not a speed check

function io(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), env },
  };
}

describe('admin CLI', () => {
  it('shows help in Indonesian, or in English with --lang en', async () => {
    const a = io();
    expect(await main(['--help'], a.io)).toBe(0);
    expect(a.out.join('\n')).toBe(HELP_ID);
    expect(HELP_ID).toMatch(/Perintah:\n {2}provision/);
    const b = io();
    expect(await main(['import-dtsen', '--help', '--lang', 'en'], b.io)).toBe(0);
    expect(b.out.join('\n')).toBe(HELP_EN);
    const c = io();
    expect(await main([], c.io)).toBe(2);
    expect(await main(['hapus-semua'], c.io)).toBe(2);
    expect(c.err.join('\n')).toMatch(/Perintah "hapus-semua" tidak dikenal/);
  });

  it('parses options and flags', () => {
    expect(
      parseArgs(['import-dtsen', 'a.csv', '--local', '--tanggal-data', '2025-12-31', '--ulang']),
    ).toEqual({
      command: 'import-dtsen',
      positional: ['a.csv'],
      options: { local: true, 'tanggal-data': '2025-12-31', ulang: true },
    });
    expect(() => parseArgs(['backup', '--folder'])).toThrow(/--folder memerlukan nilai/);
  });

  it('explains the credentials when none are set and --local is not given', async () => {
    const a = io({});
    expect(await main(['backup', '--register', 'abc'], a.io)).toBe(1);
    const text = a.err.join('\n');
    expect(text).toMatch(/Kredensial Google tidak ditemukan/);
    expect(text).toMatch(/GOOGLE_APPLICATION_CREDENTIALS/);
    expect(text).toMatch(/WRSE_OAUTH_CLIENT_ID/);
    expect(text).toMatch(/--local/);
  });

  describe('--local', () => {
    let dir: string;
    let running: RunningServer;
    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wrse-admin-cli-'));
      running = await startServer({
        port: 0,
        stateDir: path.join(dir, 'state'),
        log: () => undefined,
      });
    });
    afterAll(async () => {
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('imports into the running playground, and the rows appear in its grid', async () => {
      const file = path.join(dir, 'dtsen.csv');
      fs.writeFileSync(file, extractCsv(120));
      const a = io();
      const code = await main(['import-dtsen', file, '--local', '--playground', running.url], a.io);
      expect([code, a.err.join('\n')]).toEqual([
        0,
        expect.stringMatching(/playground yang berjalan/),
      ]);
      expect(a.out.join('\n')).toMatch(/Selesai: 120 baris DTSEN dimuat/);
      const page = (await (await fetch(`${running.url}api/sheet?name=DTSEN&page=1`)).json()) as {
        rows: string[][];
      };
      expect(page.rows[1][0]).toBe(extractRow(0, '')[0]);
      expect(page.rows.filter((r) => /^\d{16}$/.test(String(r[0])))).toHaveLength(120);
    });

    it('survives being killed mid-import (SIGKILL) and resumes without duplicate or missing rows', async () => {
      const n = 4000;
      const file = path.join(dir, 'dtsen-kill.csv');
      fs.writeFileSync(file, extractCsv(n));
      const args = [
        'scripts/admin.mjs',
        'import-dtsen',
        file,
        '--local',
        '--playground',
        running.url,
      ];
      const chunk = ['--baris-per-permintaan', '200'];
      // Kill the process the moment its chunk at 50 % reaches the server: that chunk is
      // written, its checkpoint is not.
      let child: ChildProcess | null = null;
      const killer = (req: { url?: string }) => {
        if (child && decodeURIComponent(req.url ?? '').includes(`DTSEN!A${n / 2 + 2}:`))
          child.kill('SIGKILL');
      };
      running.server.prependListener('request', killer);
      child = spawn(process.execPath, [...args, ...chunk], { stdio: 'ignore' });
      const signal = await new Promise((resolve) => child!.on('exit', (_c, s) => resolve(s)));
      running.server.removeListener('request', killer);
      expect(signal).toBe('SIGKILL');
      const checkpoint = JSON.parse(fs.readFileSync(`${file}.impor.json`, 'utf8'));
      expect(checkpoint.written).toBe(n / 2);
      // Run again (asynchronously: the playground answering it lives in this process).
      const second = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
        const again = spawn(process.execPath, [...args, ...chunk]);
        let stdout = '';
        again.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        again.on('exit', (status) => resolve({ status, stdout }));
      });
      expect([second.status, second.stdout]).toEqual([
        0,
        expect.stringMatching(
          /Melanjutkan impor dari baris ke-2\.001 dari 4\.000[\s\S]*Selesai: 4\.000 baris/,
        ),
      ]);
      const sheets = running.playground.world.module<SheetsBackend>('sheets');
      const meta = sheets.handle('open', [running.playground.registerId, false], {
        execId: 't',
        user: '',
      }) as { sheets: Array<{ id: number; name: string }> };
      const tab = meta.sheets.find((t) => t.name === 'DTSEN')!;
      const niks = (
        sheets.handle('read', [running.playground.registerId, tab.id, 2, 1, n, 1, 'values'], {
          execId: 't',
          user: '',
        }) as string[][]
      ).map((r) => r[0]);
      expect(niks).toEqual(Array.from({ length: n }, (_, i) => extractRow(i, '')[0]));
      await running.close();
    });

    it('opens the playground folder directly when no playground answers', async () => {
      const a = io();
      const folder = path.join(dir, 'cadangan');
      const code = await main(
        [
          'backup',
          '--local',
          '--playground',
          'http://127.0.0.1:9',
          '--playground-dir',
          path.join(dir, 'state'),
          '--folder',
          folder,
        ],
        a.io,
      );
      expect([code, a.err.join('\n')]).toEqual([
        0,
        expect.stringMatching(/memakai folder datanya langsung/),
      ]);
      const [dated] = fs.readdirSync(folder);
      const rows = parseCsv(fs.readFileSync(path.join(folder, dated, 'DTSEN.csv'), 'utf8'));
      expect(rows).toHaveLength(4001);
    });
  });
});
