/**
 * The worker thread of a concurrent execution (bundled by esbuild at runtime): runs one
 * sandboxed execution exactly like `runEntry`, but every backend operation crosses to the main
 * thread synchronously — post the op on a MessagePort, block with `Atomics.wait` on a shared
 * flag until the main thread has answered and notified, read the answer with
 * `receiveMessageOnPort`. Lock waits and `Utilities.sleep` block this thread for real.
 */
import * as vm from 'vm';
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'worker_threads';
import type { ExecutionOptions } from '../gas/context';
import { runInSandbox } from './sandbox';

export interface WorkerInput {
  facadeCode: string;
  code: string;
  entry: string;
  argsJson: string;
  options: ExecutionOptions;
  now: number | null;
  port: MessagePort;
  flag: SharedArrayBuffer;
}

const input = workerData as WorkerInput;
const flag = new Int32Array(input.flag);

function hostPort(op: string, argsJson: string): string {
  Atomics.store(flag, 0, 0);
  input.port.postMessage({ op, argsJson });
  for (;;) {
    Atomics.wait(flag, 0, 0, 1000);
    const answer = receiveMessageOnPort(input.port);
    if (answer) return answer.message as string;
  }
}

const facade = new vm.Script(`(function () {\n${input.facadeCode}\nreturn GasFacade;\n})()`);
const result = runInSandbox({
  facade,
  code: new vm.Script(input.code, { filename: 'Code.js' }),
  port: hostPort,
  options: input.options,
  entry: input.entry,
  argsJson: input.argsJson,
  now: input.now,
});
parentPort?.postMessage(result);
