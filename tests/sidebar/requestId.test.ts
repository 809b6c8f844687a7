/** Request ids: accepted by the server's schema, unique, with or without crypto. */
import { requestIdSchema, validateForm } from '../../src/app/api/forms';
import { newRequestId } from '../../sidebar/shared/requestId';

describe('newRequestId', () => {
  it('matches the server schema and differs each time (crypto)', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newRequestId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(validateForm(requestIdSchema, id).ok).toBe(true);
  });

  it('uses getRandomValues when present', () => {
    const source = {
      getRandomValues: jest.fn((a: Uint8Array) => {
        a.fill(0xff);
        return a;
      }),
    };
    expect(newRequestId(source)).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(source.getRandomValues).toHaveBeenCalledTimes(1);
  });

  it('falls back to Math.random without crypto', () => {
    const spy = jest.spyOn(Math, 'random').mockReturnValue(0);
    try {
      expect(newRequestId({})).toBe('00000000-0000-4000-8000-000000000000');
      expect(newRequestId(undefined)).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      spy.mockRestore();
    }
  });
});
