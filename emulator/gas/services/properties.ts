/**
 * `PropertiesService` and its `Properties` stores (script, per-user, per-document), talking to
 * the `properties` backend. Values are stored as strings (other types are converted, as in
 * Apps Script); `getDocumentProperties()` is null outside a container document.
 */
import { guard } from '../../core/guard';
import type { FacadeContext } from '../context';

const S = 'PropertiesService';

function createProperties(
  ctx: FacadeContext,
  scope: string,
): GoogleAppsScript.Properties.Properties {
  const props = {
    getProperty(key: string): string | null {
      ctx.charge(S, 'Properties.getProperty', 'properties.get');
      return ctx.backend<string | null>('properties.get', scope, String(key));
    },
    setProperty(key: string, value: unknown) {
      ctx.charge(S, 'Properties.setProperty', 'properties.set');
      ctx.backend('properties.set', scope, { [String(key)]: String(value) }, false);
      return self;
    },
    setProperties(values: Record<string, unknown>, deleteAllOthers?: boolean) {
      ctx.charge(S, 'Properties.setProperties', 'properties.set');
      const strings: Record<string, string> = {};
      for (const [k, v] of Object.entries(values)) strings[k] = String(v);
      ctx.backend('properties.set', scope, strings, Boolean(deleteAllOthers));
      return self;
    },
    getProperties(): Record<string, string> {
      ctx.charge(S, 'Properties.getProperties', 'properties.get');
      return ctx.backend<Record<string, string>>('properties.getAll', scope);
    },
    getKeys(): string[] {
      ctx.charge(S, 'Properties.getKeys', 'properties.get');
      return Object.keys(ctx.backend<Record<string, string>>('properties.getAll', scope));
    },
    deleteProperty(key: string) {
      ctx.charge(S, 'Properties.deleteProperty', 'properties.set');
      ctx.backend('properties.delete', scope, String(key));
      return self;
    },
    deleteAllProperties() {
      ctx.charge(S, 'Properties.deleteAllProperties', 'properties.set');
      ctx.backend('properties.deleteAll', scope);
      return self;
    },
  };
  const self = guard(props, 'Properties') as unknown as GoogleAppsScript.Properties.Properties;
  return self;
}

export function createPropertiesService(
  ctx: FacadeContext,
): GoogleAppsScript.Properties.PropertiesService {
  const doc = ctx.options.activeSpreadsheetId;
  const service = {
    getScriptProperties() {
      ctx.charge(S, 'PropertiesService.getScriptProperties', 'local');
      return createProperties(ctx, 'script');
    },
    getUserProperties() {
      ctx.charge(S, 'PropertiesService.getUserProperties', 'local');
      return createProperties(ctx, 'user');
    },
    getDocumentProperties() {
      ctx.charge(S, 'PropertiesService.getDocumentProperties', 'local');
      return doc ? createProperties(ctx, `document:${doc}`) : null;
    },
  };
  return guard(service, S) as unknown as GoogleAppsScript.Properties.PropertiesService;
}
