import { checkedMember } from './signature';

/**
 * The guard that makes the emulation honest: any member that is not emulated throws a clear
 * error instead of returning `undefined`, so code that relies on an unemulated part of Apps
 * Script fails in tests, not in the office.
 */

const PASS_THROUGH = new Set<PropertyKey>([
  'then',
  'toJSON',
  'constructor',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  Symbol.toPrimitive,
  Symbol.toStringTag,
  Symbol.iterator,
  'inspect',
]);

const checked = new WeakMap<object, unknown>();

/** Wraps `target` so that reading a member it does not define throws, and calling a member
 *  with arguments it does not take throws (`signature.ts`). */
export function guard<T extends object>(target: T, name: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (PASS_THROUGH.has(prop) || typeof prop === 'symbol') {
        return Reflect.get(obj, prop, receiver);
      }
      if (prop in obj) {
        const value: unknown = Reflect.get(obj, prop, receiver);
        if (typeof value !== 'function') return value;
        let wrapped = checked.get(value);
        if (wrapped === undefined) {
          wrapped = checkedMember(name, prop, value as (...args: never[]) => unknown);
          checked.set(value, wrapped);
        }
        return wrapped;
      }
      throw new Error(`Apps Script emulation: ${name}.${String(prop)} is not emulated.`);
    },
  });
}
