/**
 * One cell against its column: the length of a text is checked once, as it is stored
 * (trimmed, NFC), and a cell of control characters only says why it is empty.
 */
import { units } from '../../src/contract/tables';
import type { RowOrigin } from '../../src/domain/origin';
import { readCell } from '../../src/validate/cells/read-cell';

const column = (key: string) => units.columns.find((c) => c.key === key)!;
const NAME = column('ten'); // required text
const DISPLAY_NAME = column('ten_hien_thi'); // optional text
const at: RowOrigin = {
  file: 'DonVi.csv',
  format: 'csv',
  table: 'DonVi',
  row: 3,
  letters: {},
  headers: {},
};
const codes = (r: ReturnType<typeof readCell>) => r.issues.map((i) => i.code);

describe('text length', () => {
  test('2,001 characters: TEXT_TOO_LONG giving the length and the limit', () => {
    const r = readCell('x'.repeat(2001), NAME, at);
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['TEXT_TOO_LONG']);
    expect(r.issues[0]!.message).toMatch(/dài 2\.001 ký tự, vượt giới hạn 2\.000 ký tự/);
  });

  test('1,500 decomposed "ệ" (4,500 code units, 1,500 once composed) are within the limit', () => {
    const nfd = 'ệ'.normalize('NFD');
    expect(nfd).toHaveLength(3);
    const r = readCell(nfd.repeat(1500), NAME, at);
    expect(r.ok).toBe(true);
    expect(r.value).toBe('ệ'.repeat(1500));
  });

  test('1,500 "क़" (U+0958), which NFC writes as two characters: 3,000, too long, and said so', () => {
    expect('\u0958'.normalize('NFC')).toHaveLength(2);
    const r = readCell('\u0958'.repeat(1500), NAME, at);
    expect(codes(r)).toEqual(['TEXT_TOO_LONG']);
    expect(r.issues[0]!.message).toMatch(/dài 3\.000 ký tự/);
    expect(r.issues[0]!.message).not.toContain('undefined');
  });
});

describe('a cell of control characters only', () => {
  test('in a required column: the characters removed, then the cell is empty', () => {
    const r = readCell('\u0007\u001b', NAME, at);
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['CONTROL_CHARACTERS', 'REQUIRED_VALUE']);
    expect(r.issues[0]!.message).toContain('U+0007, U+001B');
  });

  test('in an optional column: empty, with the warning', () => {
    const r = readCell('\u0000\u0000', DISPLAY_NAME, at);
    expect(r).toMatchObject({ ok: true, value: null });
    expect(codes(r)).toEqual(['CONTROL_CHARACTERS']);
  });
});
