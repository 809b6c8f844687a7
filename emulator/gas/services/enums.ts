/**
 * Apps Script enums (`ScriptApp.EventType.CLOCK`, `Ui.Button.OK`…): one frozen object per
 * value, compared by identity, printing as its name (`String(Button.OK) === 'OK'`).
 */
import { guard } from '../../core/guard';

export interface EnumValue {
  name(): string;
  ordinal(): number;
  toString(): string;
  toJSON(): string;
}

export type Enum<K extends string> = Readonly<Record<K, EnumValue>>;

/** Builds the enum `typeName` with the values `keys`, in order. */
export function makeEnum<K extends string>(typeName: string, keys: readonly K[]): Enum<K> {
  const out = {} as Record<K, EnumValue>;
  keys.forEach((key, i) => {
    out[key] = Object.freeze({
      name: () => key,
      ordinal: () => i,
      toString: () => key,
      toJSON: () => key,
    });
  });
  return guard(Object.freeze(out), typeName);
}

/** The name of an enum value, or of a string naming one (scripts sometimes pass strings). */
export function enumName(value: unknown): string {
  if (value && typeof value === 'object' && 'name' in value) {
    return (value as EnumValue).name();
  }
  return String(value);
}
