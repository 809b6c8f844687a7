/**
 * `Logger` and `console`: every line goes to the `logs` backend (the Executions page), and
 * `Logger.getLog()` returns this execution's `Logger` lines. `Logger.log('%s of %s', a, b)`
 * substitutes like Apps Script.
 */
import { guard } from '../../core/guard';
import type { FacadeContext } from '../context';

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Error) return `${v.name}: ${v.message}`;
  if (v && typeof v === 'object') {
    try {
      return JSON.stringify(v);
    } catch {
      return String(v);
    }
  }
  return String(v);
}

function format(args: unknown[]): string {
  if (typeof args[0] === 'string' && args.length > 1 && /%[sdifoO]/.test(args[0])) {
    let i = 1;
    const head = args[0].replace(/%[sdifoO]/g, (m) => (i < args.length ? show(args[i++]) : m));
    return [head, ...args.slice(i).map(show)].join(' ');
  }
  return args.map(show).join(' ');
}

export function createLogger(ctx: FacadeContext): GoogleAppsScript.Base.Logger {
  const lines: string[] = [];
  const logger = {
    log(...args: unknown[]) {
      ctx.charge('Logger', 'Logger.log', 'local');
      const line = format(args);
      lines.push(line);
      ctx.backend('logs.append', 'log', line);
      return self;
    },
    getLog: () => (ctx.charge('Logger', 'Logger.getLog', 'local'), lines.join('\n')),
    clear() {
      ctx.charge('Logger', 'Logger.clear', 'local');
      lines.length = 0;
    },
  };
  const self = guard(logger, 'Logger') as unknown as GoogleAppsScript.Base.Logger;
  return self;
}

export function createConsole(ctx: FacadeContext): Console {
  const level =
    (name: string) =>
    (...args: unknown[]) => {
      ctx.charge('console', `console.${name}`, 'local');
      ctx.backend('logs.append', name, format(args));
    };
  const c = {
    log: level('info'),
    info: level('info'),
    warn: level('warn'),
    error: level('error'),
    debug: level('debug'),
  };
  return guard(c, 'console') as unknown as Console;
}
