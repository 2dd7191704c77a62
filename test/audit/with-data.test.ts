// Short drafts typed here, audited against the Lào Cai sample of Quý I năm 2026 as
// `tthc audit --data` does: what is compared with the data, and what is not.
import { auditBytes } from '../helpers/generated-drafts';
import { SAMPLE_Q1 } from '../helpers/load-sample';
import { removeTempFolders } from '../helpers/sample-copy';

afterAll(removeTempFolders);

/** [code, message] of the findings of a Markdown draft about Lào Cai, with the Q1 dataset. */
async function audit(...lines: string[]): Promise<[string, string][]> {
  const text = ['---', 'tinh: Lào Cai', '---', ...lines].join('\n');
  const r = await auditBytes('du-thao.md', Buffer.from(text), SAMPLE_Q1);
  expect(r.audited).toBe(true);
  return r.findings.map((f) => [f.code, f.message]);
}

test("a sentence about one agency or commune is not compared with the province's figures", async () => {
  expect(
    await audit(
      'Riêng Sở Tư pháp đã tiếp nhận 1.520 hồ sơ, đã giải quyết 1.480 hồ sơ, trong đó: đúng hạn 1.470 hồ sơ; quá hạn 10 hồ sơ.',
      'Trong quý, Sở Nông nghiệp và Môi trường đã tiếp nhận 05 PAKN.',
      'UBND xã Tằng Loỏng đã tiếp nhận 12 hồ sơ.',
      'Trong kỳ, phường Cam Đường đã giải quyết 1.200 hồ sơ.',
    ),
  ).toEqual([]);
  // The province's own figures still are (the data say 176.319 and 66).
  expect(await audit('Toàn tỉnh đã tiếp nhận 176.391 hồ sơ.', 'Đã tiếp nhận 06 PAKN.')).toEqual([
    ['AUDIT_FIGURE_MISMATCH', expect.stringContaining('176.319')],
    ['AUDIT_FIGURE_MISMATCH', expect.stringContaining('66')],
  ]);
  // "UBND các xã, phường" and "các sở, ban, ngành" are groups, not one unit.
  expect(await audit('Các sở, ban, ngành đã tiếp nhận 1 hồ sơ.')).toEqual([
    ['AUDIT_FIGURE_MISMATCH', expect.stringContaining('của các sở, ban, ngành')],
    ['AUDIT_LEADING_ZERO', expect.anything()],
  ]);
});

test("a figure of another period is not compared with the data's period", async () => {
  expect(
    await audit(
      'Trong 6 tháng đầu năm 2025 (từ ngày 15/12/2024 đến ngày 14/6/2025), tỉnh đã tiếp nhận 120.000 hồ sơ.',
      'Cùng kỳ năm 2025, tỉnh đã tiếp nhận 100.000 hồ sơ.',
      'Trong Quý I năm 2026, tỉnh đã tiếp nhận 176.319 hồ sơ.',
    ),
  ).toEqual([]);
  expect(await audit('Trong Quý I năm 2026, tỉnh đã tiếp nhận 120.000 hồ sơ.')).toEqual([
    ['AUDIT_FIGURE_MISMATCH', expect.stringContaining('176.319')],
  ]);
});

test('"1.150 hồ sơ đúng hạn, 50 hồ sơ quá hạn": each count keeps its own label', async () => {
  // The data: 13.599 on time, 2.512 late; the 50 is not taken for a count on time.
  expect(
    await audit('Đã giải quyết 1.200 hồ sơ, gồm 1.150 hồ sơ đúng hạn, 50 hồ sơ quá hạn.'),
  ).toEqual([['AUDIT_FIGURE_MISMATCH', expect.stringContaining('167.004')]]);
});

test("a document of the dataset cited with another date: the dataset says so, with the document's kind", async () => {
  expect(
    await audit(
      'UBND tỉnh ban hành Kế hoạch số 26/KH-UBND ngày 26/01/2026 về triển khai công tác kiểm soát TTHC.',
      'Thực hiện Quyết định số 05/QĐ-UBND ngày 16/01/2026 của UBND tỉnh.',
    ),
  ).toEqual([
    [
      'AUDIT_CITATION_DATE',
      expect.stringContaining(
        'theo bộ dữ liệu, Kế hoạch số 26/KH-UBND ban hành ngày 25/01/2026, văn bản ghi ngày 26/01/2026',
      ),
    ],
    [
      'AUDIT_CITATION_DATE',
      expect.stringContaining('theo bộ dữ liệu, Quyết định số 05/QĐ-UBND ban hành ngày 15/01/2026'),
    ],
  ]);
});

// Form 05b of the sample, read by hand: 61 PAKN handled, 61 published, so the rate of handled
// PAKN published is 100%. A rate is compared only where its words name it.
test('a rate in prose is compared with the rate the data give, to the decimals it is written with', async () => {
  expect(
    await audit(
      'Trong Quý I năm 2026, 90,2% PAKN đã xử lý được công khai theo quy định.',
      'Tỷ lệ PAKN đã xử lý được công khai đạt 98%.',
    ),
  ).toEqual([
    [
      'AUDIT_FIGURE_MISMATCH',
      '«90,2% PAKN đã xử lý được công khai»: tỷ lệ PAKN đã xử lý được công khai theo dữ liệu là 100%, văn bản ghi 90,2%.',
    ],
    ['AUDIT_FIGURE_MISMATCH', expect.stringContaining('theo dữ liệu là 100%, văn bản ghi 98%')],
  ]);
  expect(await audit('Trong Quý I năm 2026, 100% PAKN đã xử lý được công khai.')).toEqual([]);
  // Rates that no words of the catalogue name are left alone: "100% Quyết định công bố", a rate
  // of one agency, a rate of another period, "(đạt 95%)" with no fraction before it.
  expect(
    await audit(
      '100% Quyết định công bố TTHC được ban hành đúng thẩm quyền.',
      'Riêng Sở Tư pháp có 80% PAKN đã xử lý được công khai.',
      'Cùng kỳ năm 2025, 75% PAKN đã xử lý được công khai.',
      'Các PAKN đã được tiếp nhận (đạt 95%).',
      'Đã công khai 90 PAKN đã xử lý được công khai.',
    ),
  ).toEqual([]);
});

// "Trong đó: …" in a paragraph of its own carries on the paragraph before: here the agencies'
// figures, not the province's (which the data give as 167.004 solved, 9.315 in progress).
test('a paragraph opening "Trong đó:" speaks of the group of the paragraph before it', async () => {
  expect(
    await audit(
      '- Các sở, ban, ngành thuộc UBND tỉnh: Tổng số hồ sơ yêu cầu giải quyết TTHC: 53.225 hồ sơ.',
      'Trong đó: số hồ sơ đã giải quyết: 48.193 hồ sơ (trả trước hạn: 34.233 hồ sơ; trả đúng hạn: 13.133 hồ sơ; trả quá hạn: 827 hồ sơ); số hồ sơ đang giải quyết: 5.032 hồ sơ (trong hạn: 4.898 hồ sơ; quá hạn: 134 hồ sơ).',
    ),
  ).toEqual([]);
  expect(
    await audit(
      '- Các sở, ban, ngành thuộc UBND tỉnh: Tổng số hồ sơ yêu cầu giải quyết TTHC: 53.225 hồ sơ.',
      'Trong đó: số hồ sơ đã giải quyết: 48.193 hồ sơ; số hồ sơ đang giải quyết: 5.302 hồ sơ.',
    ),
  ).toEqual([
    ['AUDIT_SUM_MISMATCH', expect.stringContaining('48.193 + 5.302 = 53.495')],
    [
      'AUDIT_FIGURE_MISMATCH',
      expect.stringContaining('của các sở, ban, ngành theo dữ liệu là 5.032'),
    ],
  ]);
});

test("with the data, the report's opening and closing name the dataset's period", async () => {
  expect(
    await audit(
      'BÁO CÁO',
      'Công tác kiểm soát thủ tục hành chính Quý I năm 2026 trên địa bàn tỉnh Lào Cai',
      'Trên đây là báo cáo về công tác kiểm soát TTHC Quý II năm 2026 trên địa bàn tỉnh Lào Cai./.',
    ),
  ).toEqual([
    [
      'AUDIT_PERIOD_INCONSISTENT',
      '«Quý II năm 2026»: văn bản ghi kỳ báo cáo Quý II năm 2026, nhưng bộ dữ liệu là kỳ Quý I năm 2026.',
    ],
  ]);
});
