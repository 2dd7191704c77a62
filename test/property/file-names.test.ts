/**
 * The only file and folder names built from data are the package folder and the init workbook
 * (province and period). Whatever the registry file says a province is called, the name is one
 * safe path segment: letters a–z, digits and single hyphens, never empty, never "..".
 */
import fc from 'fast-check';
import { packageName, provinceSlug } from '../../src/domain/province-slug';
import { workbookFileName } from '../../src/init/workbook-name';

const SAFE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const q1 = { year: 2026, kind: 'quarter', quarter: 1 } as const;

test('a registry province gives the folder name officials see', () => {
  expect(packageName({ code: '15', name: 'Lào Cai' }, q1)).toBe('lao-cai-2026-q1');
  expect(provinceSlug({ code: '01', name: 'Thành phố Hà Nội' })).toBe('ha-noi');
});

test('names with no Latin letter fall back to the province code', () => {
  expect(provinceSlug({ code: '15', name: '../..' })).toBe('tinh-15');
  expect(provinceSlug({ code: '/', name: '\u0000' })).toBe('tinh-0');
});

test('any name, even "../../etc" or control characters, gives one safe segment', () => {
  const hostile = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom(
      '../../etc/passwd',
      '..',
      '/',
      'C:\\Windows',
      'a\u0000b',
      '\u001b[2J',
      'Đắk Lắk/..',
    ),
  );
  fc.assert(
    fc.property(hostile, fc.string(), (name, code) => {
      const folder = packageName({ code, name }, q1);
      expect(folder).toMatch(SAFE);
      expect(workbookFileName({ code, name }, q1)).toMatch(/^du-lieu-[a-z0-9-]+\.xlsx$/);
    }),
    { numRuns: 1000 },
  );
});
