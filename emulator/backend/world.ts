/**
 * The backend of the emulation: "Google's side". It holds every piece of state (spreadsheets,
 * properties, cache, locks, triggers, Drive, the recorded UI) in modules, answers operations
 * sent by executions over the wire, and saves/loads the whole state to a local file.
 *
 * Executions never share objects with the backend: they send `op` + JSON arguments and get JSON
 * back (see `core/wire.ts`), whether they run in-process, in a sandbox realm or in a worker
 * thread. That is what lets several executions run at once against one state.
 */
import * as fs from 'fs';
import { decode, encode } from '../core/wire';

/** Who is calling: the execution and its user. */
export interface CallContext {
  readonly execId: string;
  readonly user: string;
}

/** One part of Google's side (e.g. `sheets`, `locks`). */
export interface BackendModule {
  readonly name: string;
  /** Answers `op` (the part after `name.`); throws an Error whose message the caller sees. */
  handle(op: string, args: unknown[], ctx: CallContext): unknown;
  /** Plain JSON-able state for save/load. */
  snapshot(): unknown;
  restore(state: unknown): void;
  /** Called when an execution ends (normally or not): release what it held. */
  onExecutionEnd?(execId: string): void;
}

/** The answer on the wire: a value, or an error message to rethrow in the caller's realm. */
export type WireAnswer = { ok: true; value: string } | { ok: false; error: string };

export class World {
  private readonly modules = new Map<string, BackendModule>();

  constructor(modules: readonly BackendModule[] = []) {
    for (const m of modules) this.register(m);
  }

  register(module: BackendModule): this {
    this.modules.set(module.name, module);
    return this;
  }

  module<T extends BackendModule>(name: string): T {
    const m = this.modules.get(name);
    if (!m) throw new Error(`Apps Script emulation: backend module ${name} is not registered.`);
    return m as T;
  }

  /** Answers one operation `module.op` with JSON-encoded arguments. Never throws. */
  handle(ctx: CallContext, op: string, argsJson: string): WireAnswer {
    try {
      const dot = op.indexOf('.');
      const module = this.module(op.slice(0, dot));
      const args = decode<unknown[]>(argsJson) ?? [];
      const value = module.handle(op.slice(dot + 1), args, ctx);
      return { ok: true, value: value === undefined ? '' : encode(value) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  }

  /** Releases what an execution held (locks…); called by the runner when it ends. */
  endExecution(execId: string): void {
    for (const m of this.modules.values()) m.onExecutionEnd?.(execId);
  }

  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, m] of this.modules) out[name] = m.snapshot();
    return out;
  }

  restore(state: Record<string, unknown>): void {
    for (const [name, m] of this.modules) if (name in state) m.restore(state[name]);
  }

  /** Saves the whole state to a JSON file (dates kept as dates). */
  save(file: string): void {
    fs.writeFileSync(file, encode(this.snapshot()));
  }

  /** Loads a state saved by `save`. */
  load(file: string): void {
    this.restore(decode<Record<string, unknown>>(fs.readFileSync(file, 'utf8')));
  }
}
