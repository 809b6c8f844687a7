/**
 * The server side of google.script.run (`callFromClient`). Looked up: Google's "HTML service:
 * communicate with server functions" — legal parameters are primitives, null, and objects/arrays
 * of them; "Requests fail if you attempt to pass a Date, Function, DOM element besides a form,
 * or other prohibited type, including prohibited types inside objects or arrays. Objects that
 * create circular references will also fail, and undefined fields within arrays become null";
 * return values follow the same rules (a Date in the returned value reaches the page as null —
 * ⚠ from developer reports, Google documents only that it is not a legal value); functions
 * whose names end with "_" are private and cannot be called from the client.
 */
import { createWorld } from '../../emulator/backend';
import { bundleFromSource, callFromClient } from '../../emulator/runtime';
import { FIXTURE } from './runtimeFixture';

const bundle = bundleFromSource(FIXTURE);

describe('callFromClient (google.script.run)', () => {
  test('a private function (name ending in _) cannot be called', () => {
    expect(() => callFromClient(createWorld(), bundle, 'secret_')).toThrow(
      'google.script.run.secret_ is not a function',
    );
  });

  test('only top-level function declarations can be called', () => {
    expect(() => callFromClient(createWorld(), bundle, 'notADeclaration')).toThrow(
      'is not a function',
    );
    expect(() => callFromClient(createWorld(), bundle, 'missing')).toThrow('is not a function');
  });

  test.each([
    ['a Date', [new Date()], '0'],
    ['a function', [() => 1], '0'],
    ['a Date inside an object', [{ a: { when: new Date() } }], '0.a.when'],
    ['a Date inside an array', ['ok', [1, new Date()]], '1.1'],
    ['a DOM node', [{ nodeType: 1, tagName: 'DIV' }], '0'],
    ['a Map', [new Map()], '0'],
  ])('%s as an argument is refused before any execution', (_what, args, where) => {
    const w = createWorld();
    expect(() => callFromClient(w, bundle, 'echo', args)).toThrow(
      `Failed due to illegal value in property: ${where}`,
    );
  });

  test('a circular argument is refused', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => callFromClient(createWorld(), bundle, 'echo', [a])).toThrow('illegal value');
  });

  test('undefined inside an array arrives as null; the server gets a copy', () => {
    const arg = [1, undefined, 'x'];
    const r = callFromClient(createWorld(), bundle, 'typesOf', [arg]);
    expect(r.value).toEqual(['number', 'null', 'string']);
  });

  test('a returned value is a JSON copy', () => {
    const r = callFromClient(createWorld(), bundle, 'returnPlain');
    expect(r.value).toEqual({ a: [1, 'x', null], b: { c: true } });
  });

  test('a returned value holding a Date reaches the page as null', () => {
    const r = callFromClient(createWorld(), bundle, 'returnDate');
    expect(r.error).toBeNull();
    expect(r.value).toBeNull();
  });

  test('a server error reaches the failure handler', () => {
    const r = callFromClient(createWorld(), bundle, 'boom');
    expect(r.error?.message).toBe('server exploded');
    expect(r.value).toBeUndefined();
  });

  test('each call is its own execution with its own start cost', () => {
    const r = callFromClient(createWorld(), bundle, 'echo', ['a']);
    expect(r.value).toBe('a');
    expect(r.ledger.byMethod['execution.start'].ms).toBe(500);
  });
});
