/** Field errors (paths like `members.2.nik`) → the ids of the controls that show them. */
import { fieldId, normalizePath, placeFieldErrors } from '../../sidebar/shared/fieldErrors';

describe('fieldId', () => {
  it('joins the path with dashes, after the form prefix', () => {
    expect(fieldId('', 'members.2.nik')).toBe('members-2-nik');
    expect(fieldId('', 'groupName')).toBe('groupName');
    expect(fieldId('S03', 'members.0.validation')).toBe('S03-members-0-validation');
    expect(fieldId('return', 'reason')).toBe('return-reason');
  });
  it('drops the `form.` of a step submission', () => {
    expect(fieldId('S06', 'form.surveyDate')).toBe('S06-surveyDate');
    expect(normalizePath('form')).toBe('');
    expect(normalizePath('formal')).toBe('formal');
  });
});

describe('placeFieldErrors', () => {
  const ids = new Set(['groupName', 'members', 'members-0', 'members-0-nik', 'members-1-nik']);
  const exists = (id: string) => ids.has(id);
  const idOf = (path: string) => fieldId('', path);

  it('places each error at its field, in order, one entry per field', () => {
    const { placed, unplaced } = placeFieldErrors(
      [
        { field: 'members.1.nik', message: 'NIK salah.' },
        { field: 'groupName', message: 'Nama wajib.' },
        { field: 'members.1.nik', message: 'NIK ganda.' },
        { field: 'members.1.nik', message: 'NIK salah.' },
      ],
      idOf,
      exists,
    );
    expect(placed).toEqual([
      { id: 'members-1-nik', messages: ['NIK salah.', 'NIK ganda.'] },
      { id: 'groupName', messages: ['Nama wajib.'] },
    ]);
    expect(unplaced).toEqual([]);
  });

  it('falls back to the nearest enclosing group', () => {
    const { placed } = placeFieldErrors(
      [
        { field: 'members.0.hasKk', message: 'a' },
        { field: 'members.7.name', message: 'b' },
      ],
      idOf,
      exists,
    );
    expect(placed).toEqual([
      { id: 'members-0', messages: ['a'] },
      { id: 'members', messages: ['b'] },
    ]);
  });

  it('leaves errors with no field for the summary', () => {
    const { placed, unplaced } = placeFieldErrors(
      [
        { field: 'requestId', message: 'x' },
        { field: '', message: 'y' },
      ],
      idOf,
      exists,
    );
    expect(placed).toEqual([]);
    expect(unplaced.map((e) => e.message)).toEqual(['x', 'y']);
  });

  it('uses the given id mapping (the search box answers for `query`)', () => {
    const { placed } = placeFieldErrors(
      [{ field: 'query', message: 'Kata kunci: paling sedikit 3 karakter.' }],
      () => 'search',
      (id) => id === 'search',
    );
    expect(placed[0].id).toBe('search');
  });
});
