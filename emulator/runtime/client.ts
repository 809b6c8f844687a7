/**
 * The server side of `google.script.run`: what reaches a server function from a sidebar.
 * Refused before any execution (as the client library refuses): names ending in `_` (private),
 * names that are not top-level functions of the bundle, and arguments Apps Script cannot send
 * — `Date`, functions, DOM nodes, other non-plain objects, cycles (Google's guide to HTML
 * service communication). Arguments and the value are JSON copies (`undefined` in arrays
 * becomes null); a returned value holding a `Date` reaches the page as null.
 */
import type { World } from '../backend/world';
import type { Bundle } from './bundle';
import type { RunOptions, RunResult } from './options';
import { runEntry } from './runEntry';

/** Why an argument cannot be sent, or null if it can. `path` names the offending property. */
export function illegalArgument(
  value: unknown,
  path: string,
  seen: Set<object> = new Set(),
): string | null {
  if (value === null || value === undefined) return null;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return null;
  if (t !== 'object') return path; // function, symbol, bigint
  const obj = value as object;
  const proto = Object.getPrototypeOf(obj);
  const plain = Array.isArray(obj) || proto === null || proto === Object.prototype;
  if (!plain || 'nodeType' in obj) return path; // Date, Map, class instances, DOM nodes
  if (seen.has(obj)) return path; // circular reference
  seen.add(obj);
  for (const [k, v] of Object.entries(obj)) {
    const bad = illegalArgument(v, path === '' ? k : `${path}.${k}`, seen);
    if (bad !== null) return bad;
  }
  seen.delete(obj);
  return null;
}

function holdsDate(v: unknown): boolean {
  if (v instanceof Date) return true;
  if (v && typeof v === 'object') return Object.values(v).some(holdsDate);
  return false;
}

/**
 * Calls `name(...args)` as a sidebar would. Throws (no execution) when the client would refuse
 * the call; otherwise returns the run's result with the value the success handler receives.
 */
export function callFromClient<T = unknown>(
  world: World,
  bundle: Bundle,
  name: string,
  args: readonly unknown[] = [],
  options: RunOptions = {},
): RunResult<T> {
  if (name.endsWith('_') || !bundle.functions.includes(name)) {
    // Private and unknown functions are absent from google.script.run on the page.
    throw new TypeError(`google.script.run.${name} is not a function`);
  }
  args.forEach((a, i) => {
    const bad = illegalArgument(a, String(i));
    // ⚠ Wording as reported from live pages; Google documents only that the request fails.
    if (bad !== null) throw new Error(`Failed due to illegal value in property: ${bad}`);
  });
  const sent = JSON.parse(JSON.stringify(args)) as unknown[];
  const result = runEntry<T>(world, bundle, name, sent, options);
  if (result.error) return { ...result, value: undefined };
  const value = result.value;
  if (value === undefined) return result;
  return {
    ...result,
    value: holdsDate(value) ? (null as T) : (JSON.parse(JSON.stringify(value)) as T),
  };
}
