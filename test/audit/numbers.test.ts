import { agrees } from '../../src/audit/checks/figures-vs-data';
import { isCount, numberTokens, readDigits } from '../../src/audit/numbers';
import { sentenceStarts } from '../../src/audit/sentences';

const shown = (text: string) =>
  numberTokens(text).map((t) => [text.slice(t.start, t.unitEnd), t.value, t.style]);

test('Vietnamese numbers: "." between thousands, "," before decimals, "%" and scores', () => {
  expect(readDigits('176.319')).toEqual({ value: 176319, decimals: 0, style: 'vi' });
  expect(readDigits('82,16')).toEqual({ value: 82.16, decimals: 2, style: 'vi' });
  expect(readDigits('1.234,5')).toEqual({ value: 1234.5, decimals: 1, style: 'vi' });
  expect(readDigits('82.16')!.style).toBe('foreign');
  expect(readDigits('1,234,567')).toEqual({ value: 1234567, decimals: 0, style: 'foreign' });
  expect(readDigits('1008')!.style).toBe('ungrouped');
  const [score] = numberTokens('Công khai minh bạch đạt 15,34/18 điểm');
  expect([score!.value, score!.over, score!.unit]).toEqual([15.34, 18, 'điểm']);
  const [pct] = numberTokens('đạt 98,59% hồ sơ');
  expect([pct!.value, pct!.percent, pct!.unit]).toEqual([98.59, true, null]);
});

test('dates, document numbers, years, articles, durations and numbering are no figures', () => {
  expect(
    shown(
      '1. Theo khoản 2 Điều 34 Nghị định số 118/2025/NĐ-CP ngày 09/6/2025, trong 6 tháng đầu năm 2026 (1) từ 04-17 người tại số 64 quá 8 giờ http://a.vn/1',
    ),
  ).toEqual([]);
  expect(shown('Quyết định số 766/QĐ- TTg, Nghị quyết số 66.7/2025/NQ-CP')).toEqual([]);
});

test('counts: a whole number before a counted noun', () => {
  const [a, b, c] = numberTokens('03 Kế hoạch, 1.008 TTHC và 21 người; 15/34 tỉnh');
  expect([a!.unit, isCount(a!)]).toEqual(['Kế hoạch', true]);
  expect([b!.value, b!.unit, isCount(b!)]).toEqual([1008, 'TTHC', true]);
  expect(isCount(c!)).toBe(true);
  expect(numberTokens('03 Phó Giám đốc')[0]!.unit).toBe('Phó Giám đốc');
  // The digit of a footnote call glued to a word in PDF text is no figure (draftFromText turns
  // such calls into marks, see read-draft.test.ts).
  expect(shown('đạt 13,3/22 điểm4)')).toEqual([['13,3/22', 13.3, 'vi']]);
});

test('sentences end at "." before a capital, not after an abbreviation or a section number', () => {
  const text = 'Kết quả: 05 PAKN. Trong đó: 02 PAKN theo KT. CHỦ TỊCH.';
  expect(sentenceStarts(text)).toEqual([0, 18]);
  expect(sentenceStarts('7.1. Tình hình tổ chức. Kết quả')).toEqual([0, 24]);
});

test('"a/b" with thousands in b: "164.492/167.004" is 164.492 out of 167.004', () => {
  const [, fraction] = numberTokens('đạt 98,50% (164.492/167.004 hồ sơ).');
  expect([fraction!.value, fraction!.over, fraction!.unit]).toEqual([164492, 167004, 'hồ sơ']);
  // At the end of a sentence, and a score out of a whole number, still read as before.
  expect(numberTokens('Đã giải quyết 1.150/1.200.')[0]!.over).toBe(1200);
  expect(numberTokens('đạt 15,34/18.')[0]!.over).toBe(18);
});

test('numbers beyond the exact range of a double are not read', () => {
  expect(readDigits('9.007.199.254.740.991')!.value).toBe(Number.MAX_SAFE_INTEGER);
  expect(readDigits('9007199254740993')).toBeNull();
  expect(readDigits('99999999999999999999999')).toBeNull();
  expect(shown('99999999999999999999999 hồ sơ và 05 hồ sơ; 1/99999999999999999999 hồ sơ')).toEqual([
    ['05 hồ sơ', 5, 'vi'],
  ]);
});

test('the numbering of a heading, with or without its final dot, is no figure', () => {
  expect(shown('3.2 Kế hoạch kiểm soát thủ tục hành chính')).toEqual([]);
  expect(shown('7.1.2 Kết quả')).toEqual([]);
  expect(shown('1.250 hồ sơ đã tiếp nhận')).toEqual([['1.250 hồ sơ', 1250, 'vi']]);
});

// REFERENCE §6: a rate is written with two decimals unless it is whole. Fewer decimals are a
// rounding; "100%" and "0%" say all and none, and hold only when the rate is printed so.
test('a written rate agrees with the computed one to its decimals; 100% and 0% only when whole', () => {
  expect(agrees(90.2, 2, 90.19672, true)).toBe(true);
  expect(agrees(90, 0, 90.2, true)).toBe(true);
  expect(agrees(100, 0, 90.2, true)).toBe(false);
  expect(agrees(100, 0, 99.6, true)).toBe(false);
  expect(agrees(100, 0, 99.999, true)).toBe(true);
  expect(agrees(0, 0, 0.4, true)).toBe(false);
  expect(agrees(0, 0, 0, true)).toBe(true);
  // A count written 100 is a count: rounding to whole numbers as ever.
  expect(agrees(100, 0, 99.6)).toBe(true);
});
