/**
 * Execution logs on Google's side (Stackdriver / the Executions page): every `Logger.log` and
 * `console.*` line of every execution, with its level, user and execution id.
 */
import type { BackendModule, CallContext } from './world';

export interface LogRecord {
  execId: string;
  user: string;
  /** `log` (Logger), `info`, `warn`, `error`, `debug`. */
  level: string;
  message: string;
}

export class LogsBackend implements BackendModule {
  readonly name: string;
  lines: LogRecord[];

  constructor() {
    this.name = 'logs';
    this.lines = [];
  }

  handle(op: string, args: unknown[], ctx: CallContext): unknown {
    if (op !== 'append') throw new Error(`Apps Script emulation: logs.${op} is not an operation.`);
    this.lines.push({
      execId: ctx.execId,
      user: ctx.user,
      level: String(args[0]),
      message: String(args[1]),
    });
    return;
  }

  /** Logs are not state worth keeping between runs. */
  snapshot(): unknown {
    return {};
  }

  restore(): void {
    this.lines = [];
  }
}
