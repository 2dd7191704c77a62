// The check of the report template compiles it with docxtemplater, and the render fills that
// compile (src/ooxml/compiled-template.ts). Filled, it must be the document docxtemplater makes with its
// own defaults, the way the render compiled the template before.
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { readFileSync } from 'node:fs';
import { bundledReportTemplate } from '../../src/ingest/report-template-file';
import { templateValues } from '../../src/render/report/template-values';
import { checkTemplate } from '../../src/validate/template/check-template';
import { compileTemplate, fillTemplate } from '../../src/ooxml/compiled-template';
import { SAMPLE_H1, SAMPLE_Q1 } from '../helpers/load-sample';
import { sampleReport } from '../helpers/sample-report';

const template = () => readFileSync(bundledReportTemplate());
const PARTS = ['word/document.xml', 'word/footnotes.xml'];

/** docxtemplater with its default parser, as render-report.ts used it until 2026-12-06. */
function defaultRender(bytes: Buffer, values: Record<string, unknown>): PizZip {
  const doc = new Docxtemplater(new PizZip(bytes), {
    paragraphLoop: true,
    errorLogging: false,
    nullGetter: () => '',
  });
  doc.render(values);
  return doc.getZip();
}

const partsOf = (zip: PizZip) => PARTS.map((p) => zip.file(p)!.asText());

async function sampleValues(folder: string) {
  const r = await sampleReport(folder);
  return { model: r.model, values: templateValues(r.model, r.quarterly!) };
}

test.each([
  ['quarterly', SAMPLE_Q1],
  ['half-year', SAMPLE_H1],
])('the check’s compile, filled, is docxtemplater’s own render (%s sample)', async (_, folder) => {
  const { model, values } = await sampleValues(folder);
  const bytes = template();
  const expected = partsOf(defaultRender(bytes, values));
  // The frame's loops (recipients) and the figures are in it.
  expect(expected[0]).toContain(model.frame.distribution[0]!);
  expect(checkTemplate(bytes, 'bao-cao-quy.docx').issues).toEqual([]);
  const filled = fillTemplate(bytes, values);
  expect(filled.missing).toEqual([]);
  expect(partsOf(filled.zip)).toEqual(expected);
  // Filled again, the same bytes are compiled again: the same document, not one filled twice.
  expect(partsOf(fillTemplate(bytes, values).zip)).toEqual(expected);
});

test('the render fills the compile the check made of those very bytes', async () => {
  const { values } = await sampleValues(SAMPLE_Q1);
  const bytes = template();
  const seen: string[] = [];
  compileTemplate(bytes, (tag) => seen.push(tag));
  expect(seen.length).toBeGreaterThan(50);
  const before = seen.length;
  fillTemplate(bytes, values);
  // The compile was filled, not made again: docxtemplater met no tag anew.
  expect(seen.length).toBe(before);
  // Another buffer, equal bytes: no compile kept for it, so one is made, with the same result.
  const copy = Buffer.from(bytes);
  expect(partsOf(fillTemplate(copy, values).zip)).toEqual(partsOf(defaultRender(copy, values)));
});

test('a tag without a value is reported by the fill, not printed as "undefined"', async () => {
  const { values } = await sampleValues(SAMPLE_Q1);
  const { dia_ban: _area, ...withoutArea } = values;
  void _area;
  const bytes = template();
  checkTemplate(bytes, 'bao-cao-quy.docx');
  const filled = fillTemplate(bytes, withoutArea);
  expect(new Set(filled.missing)).toEqual(new Set(['dia_ban']));
  expect(partsOf(filled.zip).join('')).not.toContain('undefined');
});

test('a template that does not compile is reported by the check, and keeps no compile', () => {
  const broken = new PizZip(template());
  const xml = broken.file('word/document.xml')!.asText();
  broken.file('word/document.xml', xml.replace('{ky}', '{ky'));
  const bytes = broken.generate({ type: 'nodebuffer' });
  expect(checkTemplate(bytes, 'mau.docx').issues.map((i) => i.code)).toContain('TEMPLATE_ERROR');
  expect(() => fillTemplate(bytes, {})).toThrow();
});
