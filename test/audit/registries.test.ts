import { LABELS } from '../../src/audit/prose-labels';
import { figureRow } from '../../src/catalogue';
import { kindProblem, parseDocumentNumber } from '../../src/domain/legal-document';
import { parseCsv } from '../../src/ingest/read-csv';
import { readAgencyNames, readLegalRegistry } from '../../src/ingest/read-legal-registry';
import type { RawTable } from '../../src/domain/raw-table';
import { validateLegalRegistry } from '../../src/validate/legal-registry';
import { modelOf, SAMPLE_766, SAMPLE_766_2026, SAMPLE_H1, SAMPLE_Q1 } from '../helpers/load-sample';

test('the shipped legal-document registry is valid and holds the documents the seeds cite', () => {
  const table = readLegalRegistry() as RawTable;
  const { documents, issues } = validateLegalRegistry(table);
  expect(issues).toEqual([]);
  const byNumber = new Map(documents.map((d) => [d.number, d]));
  // Dates typed from the seeds and REFERENCE: 118/2025 (seed 000, 003), 766 (seed 000, §4),
  // 01/2020/TT-VPCP (§3); 30/2020 has no date the project can vouch for.
  expect(byNumber.get('118/2025/NĐ-CP')).toMatchObject({
    kind: 'Nghị định',
    date: { year: 2025, month: 6, day: 9 },
    issuer: 'Chính phủ',
  });
  expect(byNumber.get('766/QĐ-TTg')?.date).toEqual({ year: 2022, month: 6, day: 23 });
  expect(byNumber.get('01/2020/TT-VPCP')?.date).toEqual({ year: 2020, month: 10, day: 21 });
  expect(byNumber.get('30/2020/NĐ-CP')?.date).toBeNull();
});

test('a broken registry row: every problem with its row and column', () => {
  const csv = [
    'so_ky_hieu,loai,ngay,co_quan_ban_hanh,trich_yeu',
    '118/2025/NĐ-CP,Nghị định,09/6/2024,Chính phủ,',
    '66.7/2025/NĐ-CP,Nghị quyết,15/11/2025,Chính phủ,',
    'không số,Luật lệ,31/02/2025,,',
    '766/QĐ-TTg,Quyết định,23/6/2022,Thủ tướng Chính phủ,',
    '766/QĐ-TTg,Quyết định,23/6/2022,Thủ tướng Chính phủ,',
  ].join('\n');
  const { documents, issues } = validateLegalRegistry(
    parseCsv(csv, 'VanBanPhapLuat', 'van-ban-phap-luat.csv') as RawTable,
  );
  expect(issues.map((i) => [i.code, i.location?.row, i.location?.column])).toEqual([
    ['LEGAL_DOC_FIELD', 2, 'ngay'],
    ['LEGAL_DOC_FIELD', 3, 'so_ky_hieu'],
    ['LEGAL_DOC_FIELD', 4, 'so_ky_hieu'],
    ['LEGAL_DOC_FIELD', 4, 'loai'],
    ['LEGAL_DOC_FIELD', 4, 'ngay'],
    ['LEGAL_DOC_FIELD', 4, 'co_quan_ban_hanh'],
    ['LEGAL_DOC_DUPLICATE', 6, 'so_ky_hieu'],
  ]);
  expect(documents.map((d) => d.number)).toEqual(['766/QĐ-TTg']);
});

test('kinds and their codes: a decree is NĐ-CP, a resolution NQ-…, a decision QĐ-…', () => {
  const n = (s: string) => parseDocumentNumber(s)!;
  expect(n('66.7/2025/NQ-CP')).toEqual({ serial: '66.7', year: 2025, type: 'NQ', issuer: 'CP' });
  expect(kindProblem('Nghị định', n('118/2025/NĐ-CP'))).toBeNull();
  expect(kindProblem('Nghị định', n('15/2025/NQ-HĐND'))).toBe('NĐ-CP');
  expect(kindProblem('Nghị quyết', n('15/2025/NQ-HĐND'))).toBeNull();
  expect(kindProblem('Quyết định', n('66/NQ-CP'))).toBe('QĐ-…');
  expect(kindProblem('Văn bản', n('862/UBND-HCC'))).toBeNull();
});

test("the agencies registry lists the sample provinces' departments by their official names", () => {
  const names = readAgencyNames();
  expect(names).toContain('Sở Công Thương');
  expect(names).toContain('Sở Văn hóa, Thể thao và Du lịch');
  // Then the central bodies after the 2025 reorganisation: 14 ministries and 3 ministry-level
  // agencies (Nghị quyết 176/2025/QH15), each listed once with its source.
  const central = names.filter((n) => !n.startsWith('Sở '));
  expect(central).toHaveLength(17);
  expect(central.filter((n) => n.startsWith('Bộ '))).toHaveLength(14);
  expect(central).toEqual(
    expect.arrayContaining([
      'Bộ Nông nghiệp và Môi trường',
      'Bộ Dân tộc và Tôn giáo',
      'Văn phòng Chính phủ',
    ]),
  );
  expect(new Set(names).size).toBe(names.length);
});

// A label that reads nothing would silently compare nothing: every figure named in prose must
// have a value in the model of at least one sample, and every total a label refers to exists.
test('every prose label of the catalogue reads a number of some sample model', async () => {
  const models = await Promise.all(
    [SAMPLE_Q1, SAMPLE_H1, SAMPLE_766, SAMPLE_766_2026].map(modelOf),
  );
  for (const { row, prose } of LABELS)
    for (const id of [row.id, prose.over].filter((p): p is string => p !== undefined)) {
      const read = models.map((m) => figureRow(id)?.value(m) ?? null);
      expect([id, read.some((v) => v !== null)]).toEqual([id, true]);
    }
  for (const { prose } of LABELS.filter((l) => l.prose.within))
    expect(LABELS.map((l) => l.row.id)).toContain(prose.within);
});
