import type { ReportModel } from '../../src/compute/report-model';
import { formatNumber } from '../../src/format';
import { modelOf, SAMPLE_766 } from '../helpers/load-sample';

// Literals typed from seed 000 (công văn on Decision 766, Lào Cai, as of 25/8/2025).
let m: ReportModel;
beforeAll(async () => {
  m = await modelOf(SAMPLE_766);
});

test('province: 82,16 points, 15/34, score up but rank down', () => {
  const p = m.index766!.province!;
  expect(m.index766!.asOf).toEqual({ year: 2025, month: 8, day: 25 });
  expect(formatNumber(p.total)).toBe('82,16');
  expect(`${p.rank}/${p.of}`).toBe('15/34');
  expect(p.comparison?.scoreTrend).toBe('up');
  expect(p.comparison?.rankTrend).toBe('down');
  expect(p.classification).toBe('tốt');
});

test('component scores 15,34/18, 18,95/20, 16,63/22, 17,97/18, 13,3/22', () => {
  const s = m.index766!.province!.scores;
  expect(
    [s.transparency, s.progress, s.onlineService, s.satisfaction, s.digitisation].map((v) =>
      formatNumber(v),
    ),
  ).toEqual(['15,34', '18,95', '16,63', '17,97', '13,3']);
});

test('footnote 1: communes ranked 90 to 99, official spelling', () => {
  const low = m.index766!.groups.xa_phuong.filter((u) => u.rank >= 90);
  expect(low.map((u) => `${u.displayName} (xếp thứ ${u.rank})`)).toEqual([
    'Ngũ Chỉ Sơn (xếp thứ 90)',
    'Tân Hợp (xếp thứ 91)',
    'Xuân Ái (xếp thứ 92)',
    'Văn Bàn (xếp thứ 93)',
    'Bảo Nhai (xếp thứ 94)',
    'Cầu Thia (xếp thứ 95)',
    'Hưng Khánh (xếp thứ 96)',
    'Tằng Loỏng (xếp thứ 97)',
    'Tà Xi Láng (xếp thứ 98)',
    'Thượng Bằng La (xếp thứ 99)',
  ]);
  expect(m.index766!.groups.xa_phuong).toHaveLength(99);
});

test('footnote 1: agencies below the national average', () => {
  const below = m
    .index766!.groups.so_nganh.filter((u) => u.belowNationalAverage)
    .map((u) => u.name);
  expect(below.sort()).toEqual(
    [
      'Ban Quản lý các khu công nghiệp',
      'Sở Công Thương',
      'Sở Nông nghiệp và Môi trường',
      'Sở Tư pháp',
    ].sort(),
  );
});

test('footnote 2: most overdue dossiers 303, 148, 146, 101, 80, 68, then more', () => {
  const top = [...m.indicators]
    .sort((a, b) => (b.overdueDossiers ?? 0) - (a.overdueDossiers ?? 0))
    .slice(0, 7);
  expect(top.slice(0, 6).map((u) => `${u.name} ${u.overdueDossiers}`)).toEqual([
    'Sở Nông nghiệp và Môi trường 303',
    'Phường Lào Cai 148',
    'Xã Lục Yên 146',
    'Phường Cam Đường 101',
    'Xã Bảo Hà 80',
    'Xã Gia Phú 68',
  ]);
  expect(top[6]!.overdueDossiers).toBeGreaterThan(0);
});

test('footnote 3: low online submission (below 50 %)', () => {
  const low = m.indicators.filter((u) => (u.onlineSubmissionRate ?? 100) < 50);
  expect(
    low
      .filter((u) => u.group === 'so_nganh')
      .map((u) => u.name)
      .sort(),
  ).toEqual(['Ban Quản lý các khu công nghiệp', 'Sở Công Thương', 'Sở Tư pháp'].sort());
  expect(
    low
      .filter((u) => u.group === 'xa_phuong')
      .map((u) => u.displayName)
      .sort(),
  ).toEqual(
    [
      'Nghĩa Tâm',
      'Cam Đường',
      'Cầu Thia',
      'Chấn Thịnh',
      'Tú Lệ',
      'Hưng Khánh',
      'Thượng Bằng La',
    ].sort(),
  );
});

test('footnote 4: low digitisation (below 40 %)', () => {
  const low = m.indicators.filter((u) => (u.digitisationRate ?? 100) < 40);
  expect(low.filter((u) => u.group === 'so_nganh')).toHaveLength(8);
  expect(
    low
      .filter((u) => u.group === 'xa_phuong')
      .map((u) => u.displayName)
      .sort(),
  ).toEqual(
    [
      'Xuân Ái',
      'Bảo Thắng',
      'Sơn Lương',
      'Gia Hội',
      'Hưng Khánh',
      'Yên Bình',
      'Bảo Nhai',
      'Văn Bàn',
      'Cầu Thia',
      'Tân Hợp',
      'Tằng Loỏng',
    ].sort(),
  );
});

test('letter frame: five recipients, KT. CHỦ TỊCH', () => {
  expect(m.frame.symbol).toBe('UBND-HCC');
  expect(m.frame.recipients).toHaveLength(5);
  expect(m.frame.recipients[1]).toBe('Công an tỉnh');
  expect(m.frame.archive).toBe('VT, HCC');
});
