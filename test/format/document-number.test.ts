import { formatDocumentNumber } from '../../src/format';

test('a number below 10 takes a leading zero; larger numbers are kept (REFERENCE §5)', () => {
  expect(`Số:${formatDocumentNumber('5', 'BC-UBND')}`).toBe('Số: 05/BC-UBND');
  expect(`Số:${formatDocumentNumber('187', 'BC-UBND')}`).toBe('Số: 187/BC-UBND');
  expect(`Số:${formatDocumentNumber(' 12 ', 'UBND-HCC')}`).toBe('Số: 12/UBND-HCC');
});

test('a draft leaves the blank the seeds print: "Số:      /BC-UBND"', () => {
  expect(`Số:${formatDocumentNumber(null, 'BC-UBND')}`).toBe('Số:      /BC-UBND');
  expect(`Số:${formatDocumentNumber('', 'UBND-HCC')}`).toBe('Số:      /UBND-HCC');
});
