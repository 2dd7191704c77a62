import { dateDefect, numberDefect, numericDateDefect } from '../../src/conformance/numbering';

// Right and wrong forms typed from REFERENCE §5 and §6.
test.each([
  ' 12/BC-UBND',
  ' 05/BC-UBND',
  ' 862/UBND-HCC',
  '      /BC-UBND', // a draft's blank
  ' 187/QĐ-UBND',
  ' 10/TTr-UBND',
])('"Số:%s" is right', (after) => expect(numberDefect(after)).toBeNull());

test.each([
  [' 5/BC-UBND', 'pad-number', '5', '05'],
  [' 0862/UBND-HCC', 'unpad-number', '0862', '862'],
  [' 012/BC-UBND', 'unpad-number', '012', '12'],
  [' 12/BCUBND', 'pattern', '12/BCUBND', '12/BC-UBND'],
  [' 12 / BC-UBND', 'pattern', '12 / BC-UBND', '12/BC-UBND'],
  [' 00/BC-UBND', 'pattern', '00/BC-UBND', '12/BC-UBND'],
])('"Số:%s" is wrong: %s', (after, defect, found, expected) =>
  expect(numberDefect(after)).toEqual({ defect, found, expected }),
);

test.each([
  'ngày 05 tháng 01 năm 2026',
  'ngày 25 tháng 8 năm 2025',
  'ngày 29 tháng 02 năm 2028',
  'ngày 31 tháng 12 năm 2025',
  'ngày      tháng 3 năm 2026',
  'ngày      tháng 02 năm 2026',
  'ngày       tháng    năm 2025', // seed 001: day and month blank
])('"%s" is right', (text) => expect(dateDefect(text)).toBeNull());

test.each([
  ['ngày 5 tháng 02 năm 2026', 'pad-day', 'ngày 5', 'ngày 05'],
  ['ngày 05 tháng 1 năm 2026', 'pad-month', 'tháng 1', 'tháng 01'],
  ['ngày 15 tháng 03 năm 2026', 'unpad-month', 'tháng 03', 'tháng 3'],
  ['ngày      tháng 010 năm 2026', 'unpad-month', 'tháng 010', 'tháng 10'],
  [
    'ngày 16 tháng      năm 2026',
    'blank-month',
    'ngày 16 tháng      năm 2026',
    'ngày 05 tháng 01 năm 2026',
  ],
  ['ngày 29 tháng 02 năm 2026', 'no-such-date', '29/02/2026', ''],
  ['ngày 32 tháng 5 năm 2026', 'pattern', 'ngày 32 tháng 5 năm 2026', 'ngày 05 tháng 01 năm 2026'],
  ['ngày 05/01/2026', 'pattern', 'ngày 05/01/2026', 'ngày 05 tháng 01 năm 2026'],
])('"%s" is wrong: %s', (text, defect, found, expected) =>
  expect(dateDefect(text)).toEqual({ defect, found, expected }),
);

test.each(['16/6/2026', '09/6/2025', '26/01/2026', '25/12/2025'])('"%s" is right', (text) =>
  expect(numericDateDefect(text)).toBeNull(),
);

test.each([
  ['9/6/2025', 'pad-day', '09/6/2025'],
  ['26/1/2026', 'pad-month', '26/01/2026'],
  ['16/06/2026', 'unpad-month', '16/6/2026'],
  ['30/02/2026', 'no-such-date', ''],
])('"%s" is wrong: %s', (text, defect, expected) =>
  expect(numericDateDefect(text)).toEqual({ defect, found: text, expected }),
);
