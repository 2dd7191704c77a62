import { computePeriod } from '../../src/compute/period';
import type { Period } from '../../src/format/calendar-types';
import { readDocxText } from '../../src/ooxml/docx-text';
import { reportSections } from '../../src/verify/report-sections';
import { modelOf, SAMPLE_H1, SAMPLE_Q1 } from '../helpers/load-sample';
import { sampleReport } from '../helpers/sample-report';

/** The same template for every period: title, window and the period "phương hướng" looks to. */
test.each<[Period, string, string, string]>([
  [
    { year: 2026, kind: 'quarter', quarter: 2 },
    'Quý II năm 2026',
    'từ ngày 15/3/2026 đến ngày 14/6/2026',
    'QUÝ III NĂM 2026',
  ],
  [
    { year: 2026, kind: 'quarter', quarter: 4 },
    'Quý IV năm 2026',
    'từ ngày 15/9/2026 đến ngày 14/12/2026',
    'QUÝ I NĂM 2027',
  ],
  [
    { year: 2026, kind: 'half' },
    '6 tháng đầu năm 2026',
    'từ ngày 15/12/2025 đến ngày 14/6/2026',
    '6 THÁNG CUỐI NĂM 2026',
  ],
  [
    { year: 2026, kind: 'nine-months' },
    '9 tháng năm 2026',
    'từ ngày 15/12/2025 đến ngày 14/9/2026',
    'QUÝ IV NĂM 2026',
  ],
  [{ year: 2026, kind: 'year' }, 'năm 2026', 'từ ngày 15/12/2025 đến ngày 14/12/2026', 'NĂM 2027'],
])('%o: "%s", %s, phương hướng %s', async (period, title, window, next) => {
  const base = await modelOf(SAMPLE_Q1);
  const r = await sampleReport(SAMPLE_Q1, undefined, { ...base, period: computePeriod(period) });
  const sections = reportSections(readDocxText(r.bytes!).body);
  expect(sections.get('')).toContain(
    `cải cách thủ tục hành chính ${title} trên địa bàn tỉnh Lào Cai`,
  );
  expect(sections.get('')).toContain(`${title} (${window}), cụ thể như sau:`);
  expect(sections.get('I.6')).toContain(`Tổng số hồ sơ TTHC đã tiếp nhận ${window}: 176.319 hồ sơ`);
  expect(sections.get('III')).toContain(`III. PHƯƠNG HƯỚNG NHIỆM VỤ ${next}`);
  expect(sections.get('IV')).toContain(`${title} trên địa bàn tỉnh Lào Cai./.`);
});

// Lai Châu, 6 months 2026, issued as 187/BC-UBND on 16/6/2026; figures from data/README.md.
test('another province and period: numbered report, mixed drafts, late and overdue PAKN', async () => {
  const r = await sampleReport(SAMPLE_H1);
  expect(r.issues).toEqual([]);
  const s = reportSections(readDocxText(r.bytes!).body);
  expect(s.get('')).toContain('TỈNH LAI CHÂU');
  expect(s.get('')).toContain('Số: 187/BC-UBND');
  expect(s.get('')).toContain('Lai Châu, ngày 16 tháng 6 năm 2026');
  expect(s.get('A')).toMatch(/đã ban hành 02 Kế hoạch\[\^1\] và các văn bản\[\^2\]/);
  expect(s.get('I.2')).toContain(
    '01 dự thảo Nghị quyết và 01 dự thảo Quyết định có chứa đựng 04 TTHC',
  );
  expect(s.get('I.4')).toContain('cắt giảm, đơn giản hóa: 04.');
  expect(s.get('I.4')).toContain('phương án phân cấp: 06.');
  const pakn = s.get('I.5')!;
  expect(pakn).toContain('đã tiếp nhận 21 PAKN');
  expect(pakn).toContain('Số PAKN đã xử lý đúng hạn: 16 PAKN; số PAKN đã xử lý quá hạn: 02 PAKN');
  expect(pakn).toContain(
    'số PAKN đang xử lý trong hạn: 02 PAKN; số PAKN đang xử lý quá hạn: 01 PAKN',
  );
  expect(s.get('I.6')).toContain('từ ngày 15/12/2025 đến ngày 14/6/2026: 19.605 hồ sơ');
  expect(s.get('I.6')).toContain('Tổng số hồ sơ yêu cầu giải quyết TTHC: 8.451 hồ sơ');
  expect(s.get('I.6')).toContain('Tổng số hồ sơ yêu cầu giải quyết TTHC: 11.154 hồ sơ');
  expect(s.get('I.8')).toContain('16.284 hồ sơ được tiếp nhận trực tuyến');
  expect(s.get('III')).toContain('PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026');
});

test('an issued report numbered 5 prints "Số: 05/BC-UBND" (leading zero below 10)', async () => {
  const base = await modelOf(SAMPLE_H1);
  const model = { ...base, frame: { ...base.frame, number: '5' } };
  const r = await sampleReport(SAMPLE_H1, undefined, model);
  const head = reportSections(readDocxText(r.bytes!).body).get('')!;
  expect(head).toContain('Số: 05/BC-UBND');
  expect(head).not.toContain('Số: 5/');
});
