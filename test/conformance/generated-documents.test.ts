import { checkFormat } from '../../src/conformance/check-format';
import { generatedDocuments, type GeneratedDocument } from '../helpers/generated-documents';

let docs: GeneratedDocument[];
beforeAll(async () => {
  docs = await generatedDocuments();
});

test('every Word document the project generates is recognised and has no deviation', () => {
  const checked = docs.map((d) => {
    const { kind, issues } = checkFormat(d.bytes, d.name);
    return [d.name, kind?.kind, issues.map((i) => `${i.code} ${i.message}`)];
  });
  // Kinds typed by hand: what each file is.
  expect(checked).toEqual([
    ['lao-cai-2026-q1/bao-cao.docx', 'typed', []],
    ['lao-cai-2026-q1/phu-luc-bieu-mau.docx', 'annex', []],
    ['lai-chau-2026-h1/bao-cao.docx', 'typed', []],
    ['lai-chau-2026-h1/phu-luc-bieu-mau.docx', 'annex', []],
    ['lao-cai-766-2025-08/cong-van-766.docx', 'letter', []],
    ['lao-cai-766-2025-08/xep-hang-766.docx', 'annex', []],
    ['lao-cai-766-2025-08/chi-tieu-don-vi.docx', 'annex', []],
    ['cong-van/001-nang-cao-hieu-qua-giai-quyet-tthc.docx', 'letter', []],
    ['cong-van/004-thuc-day-dvc-truc-tuyen.docx', 'letter', []],
  ]);
});

test('a report is recognised as a BÁO CÁO from the code of its number line', () => {
  const report = docs.find((d) => d.name === 'lai-chau-2026-h1/bao-cao.docx')!;
  expect(checkFormat(report.bytes, report.name).kind).toEqual({
    kind: 'typed',
    code: 'BC',
    name: 'BÁO CÁO',
    summary: true,
  });
});
