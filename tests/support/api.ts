/**
 * Calling the register's server functions as a sidebar does (through the google.script.run
 * rules, into the shipped bundle), as a given user at a given time.
 */
import { callFromClient, type RunOptions, type RunResult } from '../../emulator/runtime';
import type { ApiResult } from '../../src/app/api/views';
import { bundle, type TestRegister } from './register';

export interface ApiCall<T> {
  result: ApiResult<T>;
  run: RunResult<ApiResult<T>>;
}

/**
 * Calls `name(...args)` as `user` at `now` (with the service `faults` given, if any); fails the
 * test if the execution itself threw.
 */
export function api<T>(
  register: TestRegister,
  user: string,
  name: string,
  args: unknown[] = [],
  now?: string,
  faults?: RunOptions['faults'],
): ApiCall<T> {
  const run = callFromClient<ApiResult<T>>(register.world, bundle(), name, args, {
    user,
    activeSpreadsheetId: register.id,
    ...(now ? { now: new Date(now) } : {}),
    ...(faults ? { faults } : {}),
  });
  if (run.error) throw run.error;
  return { result: run.value as ApiResult<T>, run };
}

/** The data of a successful call, or a failed expectation showing the error. */
export function ok<T>(call: ApiCall<T>): T {
  if (!call.result.ok)
    throw new Error(`expected success, got: ${JSON.stringify(call.result.error)}`);
  return call.result.data;
}

let counter = 0;
/** A fresh request ID, as a sidebar makes one per form opening. */
export function requestId(): string {
  counter += 1;
  return `req-${Date.now().toString(36)}-${counter}`;
}
