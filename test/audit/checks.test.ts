// Single checks on short texts typed here, each with what it must and must not report.
import { auditDraft } from '../../src/audit/audit-draft';
import { buildContext } from '../../src/audit/build-context';
import { draftFromText } from '../../src/audit/draft-from-text';
import { readAgencyNames, readLegalRegistry } from '../../src/ingest/read-legal-registry';
import type { RawTable } from '../../src/ingest/raw-table';
import { readRegistry } from '../../src/ingest/read-registry';
import { validateLegalRegistry } from '../../src/validate/legal-registry';

const registry = readRegistry();
const legal = validateLegalRegistry(readLegalRegistry() as RawTable).documents;

/** [code, message] of every finding of a one-paragraph Markdown draft about Lào Cai. */
function audit(line: string): [string, string][] {
  const draft = draftFromText(`---\ntinh: Lào Cai\n---\n${line}`, 'x.md', 'md');
  const ctx = buildContext(draft, { registry, agencies: readAgencyNames(), legal });
  return auditDraft(draft, ctx).map((i) => [i.code, i.message]);
}
const codes = (line: string) => audit(line).map(([c]) => c);

test('how numbers are written: leading zeros and separators, only for counts and scores', () => {
  expect(
    audit('Ban hành 3 Kế hoạch, tiếp nhận 176,319 hồ sơ, công bố 1008 TTHC, đạt 82.16 điểm.'),
  ).toEqual([
    ['AUDIT_LEADING_ZERO', expect.stringContaining('"03 Kế hoạch"')],
    ['AUDIT_SEPARATOR', expect.stringContaining('"176.319 hồ sơ"')],
    ['AUDIT_SEPARATOR', expect.stringContaining('"1.008 TTHC"')],
    ['AUDIT_SEPARATOR', expect.stringContaining('"82,16 điểm"')],
  ]);
  expect(
    codes(
      'Theo khoản 2 Điều 3 Nghị định, năm 2026, trẻ em dưới 6 tuổi, quá 8 giờ, mức độ 2, mục 2.',
    ),
  ).toEqual([]);
});

test('scores: whole numbers are read as hundredths, so 80 against 83 is no rounding', () => {
  expect(
    codes(
      'Tỉnh đạt 80 điểm (Công khai đạt 15/18 điểm, Tiến độ đạt 20/20 điểm, Dịch vụ công đạt 20/22 điểm, Hài lòng đạt 18/18 điểm, Số hóa đạt 10/22 điểm).',
    ),
  ).toEqual(['AUDIT_SCORE_SUM_MISMATCH']);
  expect(
    codes('Tỉnh đạt 50,02 điểm (Nhóm A đạt 25,01/30 điểm, nhóm B đạt 25,02/30 điểm).'),
  ).toEqual(['AUDIT_SCORE_SUM_ROUNDING']);
  expect(
    codes('Tỉnh đạt 50,03 điểm (Nhóm A đạt 25,01/30 điểm, nhóm B đạt 25,02/30 điểm).'),
  ).toEqual([]);
});

test('percentages beside their fraction, either way round', () => {
  expect(codes('Đã xử lý 17/18 (94,44%) PAKN; đạt 98,04% (100/102 hồ sơ).')).toEqual([]);
  expect(audit('Đạt 98,50% (100/102 hồ sơ).')).toEqual([
    ['AUDIT_PERCENT_MISMATCH', expect.stringContaining('100/102 bằng 98,04%')],
  ]);
});

test('agencies: capitals, slips of a few letters; another agency is no misspelling', () => {
  expect(
    audit(
      'Sở Tư phap chỉ đạo; Sở Y Tế; Sở Văn hoá, Thể thao và Du lịch; Sở Tài nguyên và Môi trường.',
    ),
  ).toEqual([
    ['AUDIT_UNIT_MISSPELT', expect.stringContaining('"Sở Tư pháp"')],
    ['AUDIT_UNIT_CASE', expect.stringContaining('"Sở Y tế"')],
  ]);
});

test('communes of the province: misspelt, unknown, and never the words of "CỘNG HÒA XÃ HỘI"', () => {
  expect(
    audit(
      'UBND xã Tằng Lỏong, UBND xã Bình Minh Xanh, phường Cam Đường; CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.',
    ),
  ).toEqual([
    ['AUDIT_UNIT_MISSPELT', expect.stringContaining('"Tằng Loỏng"')],
    ['AUDIT_UNIT_UNKNOWN', expect.stringContaining('"Bình Minh Xanh"')],
  ]);
  expect(codes('UBND các xã, phường: Nghĩa Tâm, Cam Đường, Cầu Thia. Một số xã chưa có.')).toEqual(
    [],
  );
});

test('citations: a document outside the registry gets the form checks only', () => {
  expect(
    codes('Theo Quyết định số 12/QĐ-UBND ngày 05/3/2026 và Công văn số 7/UBND-HCC ngày 06/3/2026.'),
  ).toEqual([]);
  expect(codes('Theo Thông tư số 05/2026/QĐ-BTP ngày 05/3/2026.')).toEqual(['AUDIT_CITATION_KIND']);
  expect(codes('Theo Nghị định số 30/2020/NĐ-CP của Thủ tướng Chính phủ.')).toEqual([
    'AUDIT_CITATION_ISSUER',
  ]);
});
