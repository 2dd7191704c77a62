import PizZip from 'pizzip';
import { fillForms, type FormTable } from '../../src/forms';
import { verifyReportDocx } from '../../src/verify/report-docx';
import { SAMPLE_Q1 } from '../helpers/load-sample';
import { sampleReport } from '../helpers/sample-report';

let r: Awaited<ReturnType<typeof sampleReport>>;
let forms: FormTable[];
beforeAll(async () => {
  r = await sampleReport(SAMPLE_Q1);
  forms = fillForms(r.model);
});

/** The produced report with one part's text edited, as a hand or a bug might. */
function tampered(part: string, edit: (xml: string) => string, bytes = r.bytes!): Buffer {
  const zip = new PizZip(bytes);
  zip.file(part, edit(zip.file(part)!.asText()));
  return zip.generate({ type: 'nodebuffer' });
}

const verify = (bytes: Buffer, tables = forms) =>
  verifyReportDocx(bytes, r.model, r.quarterly!, tables, 'bao-cao.docx').mismatches;

/** Where a mismatch is, as its message shows it. */
const place = (m: { at: { detail?: string } }) => m.at.detail;

test('the produced report agrees with the model and the forms', () => {
  expect(verify(r.bytes!)).toEqual([]);
});

test('a figure changed in the text is caught in its section, and where its words stand', () => {
  const found = verify(tampered('word/document.xml', (x) => x.replace('176.319', '176.318')));
  expect(found).toEqual([
    expect.objectContaining({
      kind: 'figure',
      at: expect.objectContaining({ detail: 'mục I.6, số hồ sơ tiếp nhận {hs_tiep_nhan}' }),
      expected: '176.319 hồ sơ',
    }),
    // The words "Tổng số hồ sơ TTHC đã tiếp nhận …:" name the figure: read as the audit reads it.
    expect.objectContaining({
      kind: 'figure',
      at: expect.objectContaining({
        paragraph: expect.any(Number),
        detail: expect.stringContaining('176.318 hồ sơ": số hồ sơ tiếp nhận {hs_tiep_nhan}'),
      }),
      expected: '176.319',
      found: '"176.318"',
    }),
  ]);
});

test('"08 TTHC" is not taken as stated by "1.008 TTHC"', () => {
  const bytes = tampered('word/document.xml', (x) => x.replace('08 TTHC.', '09 TTHC.'));
  expect(verify(bytes).map(place)).toEqual([
    'mục I.2, số TTHC trong các dự thảo {dt_tthc}',
    '"Nghị quyết có chứa đựng 09 TTHC": số TTHC trong các dự thảo {dt_tthc}',
  ]);
});

test('narrative and forms must agree: a form total that differs is reported', () => {
  const broken = forms.map((t) =>
    t.form.code !== '05b'
      ? t
      : {
          ...t,
          rows: t.rows.map((row) =>
            row.kind === 'total' ? { ...row, cells: { ...row.cells, 3: 67 } } : row,
          ),
        },
  );
  expect(verify(r.bytes!, broken)).toEqual([
    expect.objectContaining({
      kind: 'form',
      at: expect.objectContaining({ detail: 'mục I.5, số PAKN tiếp nhận ⇄ biểu 05b cột (3)' }),
      expected: '66',
      found: '67',
    }),
  ]);
});

test('a footnote whose list differs from the data is caught', () => {
  const bytes = tampered('word/footnotes.xml', (x) => x.replace('197/KH-UBND', '196/KH-UBND'));
  expect(verify(bytes).map(place)).toEqual(['chú thích ke_hoach']);
});

test('a tag left in the text, or the word "undefined", is caught', () => {
  const bytes = tampered('word/document.xml', (x) => x.replace('Nơi nhận:', 'Nơi nhận: {luu}'));
  expect(verify(bytes).map((m) => m.found)).toEqual(['{luu}']);
});

test('"undefined" at the end of a text the program made is caught', () => {
  const luu = `- Lưu: ${r.model.frame.archive}.`;
  const bytes = tampered('word/document.xml', (x) =>
    x.replace(luu, luu.replace(/\.$/, ' undefined.')),
  );
  expect(verify(bytes)).toEqual([
    expect.objectContaining({ kind: 'leftover', found: 'undefined' }),
  ]);
});

test('texts of the data are printed as written: "về {#x}" or "undefined" in them is no leftover', async () => {
  const m = r.model;
  const [first, ...rest] = m.documents.directive;
  const model = {
    ...m,
    frame: { ...m.frame, signer: { ...m.frame.signer, name: 'Ngô Hạnh undefined' } },
    documents: {
      ...m.documents,
      directive: [{ ...first!, summary: `${first!.summary} về {#x} NaN` }, ...rest],
    },
  };
  const data = await sampleReport(SAMPLE_Q1, undefined, model);
  expect(
    verifyReportDocx(data.bytes!, model, data.quarterly!, forms, 'bao-cao.docx').mismatches,
  ).toEqual([]);
  // The same text where the data does not put it is a leftover.
  const bytes = tampered(
    'word/document.xml',
    (x) => x.replace('Nơi nhận:', 'Nơi nhận: về {#x}'),
    data.bytes!,
  );
  expect(verifyReportDocx(bytes, model, data.quarterly!, forms, 'bao-cao.docx').mismatches).toEqual(
    [expect.objectContaining({ found: '{#x}' })],
  );
});
