/**
 * PropertiesService on Google's side: the script store, one user store per e-mail and one
 * document store per document, every value a string. Enforces the documented limits
 * (9 KB per value, 500 KB per store) with Apps Script's error messages.
 */
import type { BackendModule, CallContext } from './world';

/** Which store: `script`, `user` (the caller's e-mail) or `document:<id>`. */
export type PropertyScope = 'script' | 'user' | `document:${string}`;

export const PROPERTY_VALUE_MAX_BYTES = 9 * 1024;
export const PROPERTY_STORE_MAX_BYTES = 500 * 1024;
/** Seen on live projects when a value is over 9 KB (⚠ wording not in Google's docs). */
export const PROPERTY_VALUE_TOO_LARGE = 'Argument too large: value';
/** Apps Script's message when a store would exceed 500 KB. */
export const PROPERTY_QUOTA_EXCEEDED =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

type Store = Record<string, string>;

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

export class PropertiesBackend implements BackendModule {
  readonly name: string;
  private stores: Record<string, Store>;

  constructor() {
    this.name = 'properties';
    this.stores = {};
  }

  /** The store a scope means for this caller (the user store is keyed by e-mail). */
  private storeKey(scope: PropertyScope, ctx: CallContext): string {
    return scope === 'user' ? `user:${ctx.user}` : scope;
  }

  /** A copy of a store, for tests and the playground. */
  read(scope: string): Store {
    return { ...(this.stores[scope] ?? {}) };
  }

  handle(op: string, args: unknown[], ctx: CallContext): unknown {
    const key = this.storeKey(args[0] as PropertyScope, ctx);
    const store = (this.stores[key] ??= {});
    switch (op) {
      case 'get': {
        const v = store[String(args[1])];
        return v === undefined ? null : v;
      }
      case 'getAll':
        return { ...store };
      case 'set':
        return this.set(store, args[1] as Store, Boolean(args[2]));
      case 'delete':
        delete store[String(args[1])];
        return;
      case 'deleteAll':
        this.stores[key] = {};
        return;
      default:
        throw new Error(`Apps Script emulation: properties.${op} is not an operation.`);
    }
  }

  /** Sets every pair, or none if a limit is broken; `replace` first empties the store. */
  private set(store: Store, values: Store, replace: boolean): void {
    const next: Store = replace ? {} : { ...store };
    for (const [k, v] of Object.entries(values)) {
      if (bytes(v) > PROPERTY_VALUE_MAX_BYTES) throw new Error(PROPERTY_VALUE_TOO_LARGE);
      next[k] = v;
    }
    const total = Object.entries(next).reduce((n, [k, v]) => n + bytes(k) + bytes(v), 0);
    if (total > PROPERTY_STORE_MAX_BYTES) throw new Error(PROPERTY_QUOTA_EXCEEDED);
    for (const k of Object.keys(store)) delete store[k];
    Object.assign(store, next);
  }

  snapshot(): unknown {
    return JSON.parse(JSON.stringify(this.stores));
  }

  restore(state: unknown): void {
    this.stores = JSON.parse(JSON.stringify(state ?? {}));
  }
}
