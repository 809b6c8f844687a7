/**
 * Several executions AT THE SAME TIME, each in its own worker thread and sandbox, all against
 * the one world in this thread — real lock contention, as when twenty staff press the same
 * button. Each worker calls the backend synchronously (see `worker.ts`); this thread answers
 * every op as it arrives and ends each execution (locks released) when its worker reports.
 */
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MessageChannel, Worker } from 'worker_threads';
import type { World } from '../backend/world';
import { decode, encode } from '../core/wire';
import { bundleFromSource, type Bundle } from './bundle';
import { facadeSource } from './facadeBundle';
import { emulatorDir } from './paths';
import {
  authorityOf,
  executionClock,
  newExecId,
  toExecutionOptions,
  type RunOptions,
  type RunResult,
} from './options';
import { hostError, type SandboxResult } from './sandbox';
import type { WorkerInput } from './worker';

export interface ConcurrentCall {
  entry: string;
  args?: readonly unknown[];
  options?: RunOptions;
}

let workerFile: string | null = null;

/** The worker script, bundled from TypeScript once per process into a temp file. */
function workerScript(): string {
  if (workerFile === null) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gas-worker-'));
    const file = path.join(dir, 'worker.js');
    esbuild.buildSync({
      entryPoints: [path.join(emulatorDir(), 'runtime', 'worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: file,
      logLevel: 'silent',
    });
    workerFile = file;
  }
  return workerFile;
}

function runOne(world: World, bundle: Bundle, call: ConcurrentCall): Promise<RunResult> {
  const execId = newExecId();
  const run = call.options ?? {};
  const opts = toExecutionOptions(run, execId, bundle.files, true, bundle.grant);
  const caller = { execId, user: authorityOf(opts) };
  const flagBuffer = new SharedArrayBuffer(4);
  const flag = new Int32Array(flagBuffer);
  const { port1, port2 } = new MessageChannel();
  port1.on('message', (m: { op: string; argsJson: string }) => {
    port1.postMessage(JSON.stringify(world.handle(caller, m.op, m.argsJson)));
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
  // As `runEntry`: on the real clock, never before the previous execution ended (`executionClock`).
  const clock = executionClock(world, run);
  const input: WorkerInput = {
    facadeCode: facadeSource(),
    code: bundle.code,
    entry: call.entry,
    argsJson: encode(call.args ?? []),
    options: opts,
    now: clock.start,
    port: port2,
    flag: flagBuffer,
  };
  return new Promise((resolve) => {
    let settled = false;
    const worker = new Worker(workerScript(), { workerData: input, transferList: [port2] });
    const finish = (result: RunResult) => {
      if (settled) return;
      settled = true;
      world.endExecution(execId);
      port1.close();
      resolve(result);
    };
    worker.on('message', (r: SandboxResult) => {
      clock.ended(r.ledger.ms);
      finish({
        value: decode(r.value),
        error: r.error ? hostError(r.error) : null,
        ledger: r.ledger,
        execId,
      });
    });
    worker.on('error', (e) =>
      finish({
        value: undefined,
        error: e,
        ledger: { calls: 0, cells: 0, ms: 0, byMethod: {} },
        execId,
      }),
    );
    worker.on('exit', (code) =>
      finish({
        value: undefined,
        error: new Error(`worker exited with code ${code}`),
        ledger: { calls: 0, cells: 0, ms: 0, byMethod: {} },
        execId,
      }),
    );
  });
}

/** Runs every call at once; the results come back in the order of `calls`. */
export function runConcurrent(
  world: World,
  bundleOrScript: Bundle | string,
  calls: readonly ConcurrentCall[],
): Promise<RunResult[]> {
  const bundle =
    typeof bundleOrScript === 'string' ? bundleFromSource(bundleOrScript) : bundleOrScript;
  return Promise.all(calls.map((c) => runOne(world, bundle, c)));
}
