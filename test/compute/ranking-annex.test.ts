import type { RankedUnit } from '../../src/compute/index-766';
import { rankingAnnex, type RankingAnnex } from '../../src/compute/ranking-annex';
import type { ReportModel } from '../../src/compute/report-model';
import { formatChange, formatNumber } from '../../src/format';
import { modelOf, SAMPLE_766, SAMPLE_Q1 } from '../helpers/load-sample';

// Literals typed from seed 000 and data/README.md (Lào Cai, index 766 as of 25/8/2025).
let model: ReportModel;
let annex: RankingAnnex;
beforeAll(async () => {
  model = await modelOf(SAMPLE_766);
  annex = rankingAnnex(model)!;
});

const table = (a: RankingAnnex, group: string) => a.tables.find((t) => t.group === group)!;

test('reading of 25/8/2025 against 31/7/2025; agencies, then communes', () => {
  expect(annex.asOf).toEqual({ year: 2025, month: 8, day: 25 });
  expect(annex.previousAsOf).toEqual({ year: 2025, month: 7, day: 31 });
  expect(annex.tables.map((t) => [t.group, t.rows.length])).toEqual([
    ['so_nganh', 1 + 16],
    ['xa_phuong', 1 + 99],
  ]);
});

test('the province line on top of each table: 82,16, 15/34, score up but rank down', () => {
  for (const t of annex.tables) {
    const p = t.rows[0]!;
    expect(p.kind).toBe('province');
    expect(p.name).toBe('Tỉnh Lào Cai');
    expect(`${p.rank}/${p.of}`).toBe('15/34');
    expect(formatNumber(p.total)).toBe('82,16');
    expect(
      [
        p.scores.transparency,
        p.scores.progress,
        p.scores.onlineService,
        p.scores.satisfaction,
        p.scores.digitisation,
      ].map((v) => formatNumber(v)),
    ).toEqual(['15,34', '18,95', '16,63', '17,97', '13,3']);
    expect(p.classification).toBe('tốt');
    // 13th on 31/7/2025 (80,9 points, data/README.md), 15th now.
    expect(formatChange(p.rankChange!)).toBe('↓ 2');
    expect(formatChange(p.scoreChange!, { decimals: 2 })).toBe('↑ 1,26');
  }
});

test('units sorted by rank, 1 to N, each ranked within its group', () => {
  for (const t of annex.tables) {
    const units = t.rows.slice(1);
    expect(units.every((r) => r.kind === 'unit')).toBe(true);
    expect(units.map((r) => r.rank)).toEqual(units.map((_, i) => i + 1));
    expect(new Set(units.map((r) => r.of))).toEqual(new Set([units.length]));
  }
});

test('agencies ranked 13 to 16 are those below the national average (seed 000, footnote 1)', () => {
  const last = table(annex, 'so_nganh').rows.slice(-4);
  expect(last.map((r) => `${r.rank} ${r.name}`)).toEqual([
    '13 Sở Nông nghiệp và Môi trường',
    '14 Sở Công Thương',
    '15 Sở Tư pháp',
    '16 Ban Quản lý các khu công nghiệp',
  ]);
});

test('communes ranked 90 to 99 by their official names (seed 000, footnote 1)', () => {
  const last = table(annex, 'xa_phuong').rows.slice(-10);
  // The seed writes "Tằng Lỏong" and lists Cầu Thia among the xã; the registry says otherwise.
  expect(last.map((r) => `${r.rank} ${r.name}`)).toEqual([
    '90 Xã Ngũ Chỉ Sơn',
    '91 Xã Tân Hợp',
    '92 Xã Xuân Ái',
    '93 Xã Văn Bàn',
    '94 Xã Bảo Nhai',
    '95 Phường Cầu Thia',
    '96 Xã Hưng Khánh',
    '97 Xã Tằng Loỏng',
    '98 Xã Tà Xi Láng',
    '99 Xã Thượng Bằng La',
  ]);
});

test('changes come from the comparison: places gained and points gained', () => {
  for (const t of annex.tables)
    for (const r of t.rows.slice(1)) {
      const u = model.index766!.groups[t.group].find((x) => x.unitId === r.unitId)!;
      expect(r.rankChange).toBe(u.comparison!.previous.rank! - u.rank);
      expect(r.scoreChange).toBeCloseTo(u.total - u.comparison!.previous.total, 9);
    }
});

test('a unit without an earlier reading has no change; the others keep theirs', () => {
  const units = model.index766!.groups.so_nganh.map((u, i): RankedUnit =>
    i === 2 ? { ...u, comparison: null } : u,
  );
  const changed = rankingAnnex({
    ...model,
    index766: { ...model.index766!, groups: { ...model.index766!.groups, so_nganh: units } },
  })!;
  const rows = table(changed, 'so_nganh').rows;
  expect(rows[3]).toMatchObject({ rank: 3, rankChange: null, scoreChange: null });
  expect(rows.filter((r) => r.rankChange === null)).toHaveLength(1);
});

test('without the province reading the tables hold the units alone', () => {
  const a = rankingAnnex({ ...model, index766: { ...model.index766!, province: null } })!;
  expect(a.tables.map((t) => t.rows[0]!.kind)).toEqual(['unit', 'unit']);
  expect(table(a, 'xa_phuong').rows).toHaveLength(99);
});

test('a dataset without index-766 readings has no ranking annex', async () => {
  expect(rankingAnnex(await modelOf(SAMPLE_Q1))).toBeNull();
});
