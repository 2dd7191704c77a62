import type { Index766Model } from '../../../src/compute/index-766';
import type { Trend } from '../../../src/compute/trend';
import { comparisonClause } from '../../../src/phrase/comparison-clause';
import { statisticsParagraph } from '../../../src/phrase/statistics-paragraph';
import { modelOf, SAMPLE_766 } from '../../helpers/load-sample';

test("seed 000's statistics paragraph, word for word, with its four footnote marks", async () => {
  const m = await modelOf(SAMPLE_766);
  const text = statisticsParagraph(m.index766!, m.province.name, {
    comparison: 'thu_hang_thap',
    progress: 'qua_han',
    onlineService: 'truc_tuyen_thap',
    digitisation: 'so_hoa_thap',
  });
  // Typed from seed 000 (line breaks of the PDF extraction removed; footnote numbers as marks).
  expect(text).toBe(
    'Tính đến ngày 25/8/2025, tỉnh Lào Cai xếp thứ 15/34 tỉnh, thành phố, đạt 82,16 điểm, mặc dù số điểm tăng, nhưng xếp hạng lại giảm[^thu_hang_thap] (Công khai minh bạch đạt 15,34/18 điểm, Tiến độ giải quyết đạt 18,95/20 điểm[^qua_han], Dịch vụ công trực tuyến đạt 16,63/22 điểm[^truc_tuyen_thap], Mức độ hài lòng đạt 17,97/18 điểm, Số hóa hồ sơ đạt 13,3/22 điểm[^so_hoa_thap]) trên Bộ chỉ số phục vụ người dân và doanh nghiệp.',
  );
});

test.each<[Trend, Trend, string]>([
  ['up', 'up', 'cả số điểm và xếp hạng đều tăng'],
  ['up', 'down', 'mặc dù số điểm tăng, nhưng xếp hạng lại giảm'],
  ['up', 'same', 'số điểm tăng, xếp hạng giữ nguyên'],
  ['down', 'up', 'mặc dù số điểm giảm, nhưng xếp hạng vẫn tăng'],
  ['down', 'down', 'cả số điểm và xếp hạng đều giảm'],
  ['down', 'same', 'số điểm giảm, xếp hạng giữ nguyên'],
  ['same', 'up', 'số điểm giữ nguyên, xếp hạng tăng'],
  ['same', 'down', 'số điểm giữ nguyên, nhưng xếp hạng giảm'],
  ['same', 'same', 'số điểm và xếp hạng giữ nguyên'],
])('score %s, rank %s: "%s"', async (score, rank, clause) => {
  expect(comparisonClause(score, rank)).toBe(clause);
  const m = await modelOf(SAMPLE_766);
  const index = m.index766!;
  const province = index.province!;
  const moved: Index766Model = {
    ...index,
    province: {
      ...province,
      comparison: { ...province.comparison!, scoreTrend: score, rankTrend: rank },
    },
  };
  expect(statisticsParagraph(moved, 'Lào Cai')).toContain(`đạt 82,16 điểm, ${clause} (`);
});

test('without a previous reading the clause is left out', async () => {
  const m = await modelOf(SAMPLE_766);
  const index = { ...m.index766!, province: { ...m.index766!.province!, comparison: null } };
  expect(statisticsParagraph(index, 'Lào Cai')).toContain('đạt 82,16 điểm (Công khai minh bạch');
});

test('a centrally governed city is named as a city, not "tỉnh Thành phố …"', async () => {
  const m = await modelOf(SAMPLE_766);
  expect(statisticsParagraph(m.index766!, 'Thành phố Hà Nội')).toMatch(
    /^Tính đến ngày 25\/8\/2025, thành phố Hà Nội xếp thứ 15\/34 tỉnh, thành phố,/,
  );
});
