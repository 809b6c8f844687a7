/**
 * A progress bar on stderr for long jobs: done/total, rate per second and time left. On a
 * terminal it redraws one line; otherwise (a log file, CI) it prints a plain line at each 10 %.
 */
import type { Clock } from '../emulator/rest/clock';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

function clockText(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${r}` : `${m}:${r}`;
}

export const thousands = (n: number): string =>
  String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export class Progress {
  private readonly started: number;
  private lastTenth = -1;
  private done: number;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly stream: ProgressStream,
    private readonly clock: Clock,
    private readonly unit = 'baris',
    start = 0,
  ) {
    this.started = clock.now();
    this.done = start;
    this.startAt = start;
  }

  private readonly startAt: number;

  /** The line shown for `done` (exported for tests). */
  line(): string {
    const elapsed = (this.clock.now() - this.started) / 1000;
    const rate = elapsed > 0 ? (this.done - this.startAt) / elapsed : 0;
    const left = rate > 0 ? (this.total - this.done) / rate : Infinity;
    const pct = this.total > 0 ? Math.floor((this.done / this.total) * 100) : 100;
    const width = 24;
    const filled = Math.round((pct / 100) * width);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
    return (
      `${this.label} [${bar}] ${pct}% ${thousands(this.done)}/${thousands(this.total)} ${this.unit}` +
      ` · ${thousands(rate)} ${this.unit}/detik · sisa ${clockText(left)}`
    );
  }

  update(done: number): void {
    this.done = done;
    if (this.stream.isTTY) {
      this.stream.write(`\r${this.line()}\x1b[K`);
      return;
    }
    const tenth = this.total > 0 ? Math.floor((done / this.total) * 10) : 10;
    if (tenth !== this.lastTenth) {
      this.lastTenth = tenth;
      this.stream.write(`${this.line()}\n`);
    }
  }

  finish(): void {
    this.update(this.total);
    if (this.stream.isTTY) this.stream.write('\n');
  }
}
