import { readFileSync } from 'node:fs';
import PizZip from 'pizzip';
import { reportTemplate } from '../../scripts/report-template/build-template';
import { CONTENT_SECTIONS } from '../../src/contract/content-sections';
import { reportView } from '../../src/render/report/report-view';
import { bundledReportTemplate } from '../../src/render/report/report-template-file';
import { readDocxText } from '../../src/ooxml/docx-text';
import { modelOf, SAMPLE_Q1 } from '../helpers/load-sample';

const committed = readFileSync(bundledReportTemplate());
const text = (() => {
  const t = readDocxText(committed);
  return [...t.body.map((p) => p.text), ...t.footnotes.values()].join('\n');
})();
const tags = new Set([...text.matchAll(/\{[#/^@]?([a-z_0-9]+)\}/g)].map((m) => m[1]!));

test('the committed template is what scripts/make-report-template.ts writes (npm run template)', () => {
  const fresh = reportTemplate();
  const old = new PizZip(committed);
  const names = Object.keys(fresh.files).sort();
  expect(Object.keys(old.files).sort()).toEqual(names);
  for (const name of names) expect(old.file(name)!.asText()).toBe(fresh.file(name)!.asText());
});

test('every tag of the template is a value of the report view or a content-file section', async () => {
  const { view } = reportView(await modelOf(SAMPLE_Q1));
  const known = new Set([...Object.keys(view), ...CONTENT_SECTIONS.map((s) => s.key), 'dong']);
  expect([...tags].filter((t) => !known.has(t))).toEqual([]);
  for (const s of CONTENT_SECTIONS) expect(tags.has(s.key)).toBe(true);
});

test('every value of the view is used by the template, or offered to the content file only', async () => {
  const { view } = reportView(await modelOf(SAMPLE_Q1));
  const unused = Object.keys(view).filter((k) => !tags.has(k));
  // Figures the template's sentences do not print but an official may quote in noi-dung.md.
  expect(unused.sort()).toEqual(
    [
      'dt_so',
      'ky_sau',
      'ngay_van_ban',
      'sn_ky_truoc',
      'tinh',
      'sn_truc_tiep',
      'sn_truc_tuyen',
      'xa_ky_truoc',
      'xa_truc_tiep',
      'xa_truc_tuyen',
    ].sort(),
  );
});

test('the template holds no statistic: no digit outside tags, headings and legal citations', () => {
  const rest = text
    .replace(/\{[^}]*\}/g, '')
    .replace(/\[\^\d+\]/g, '')
    .replace(/^\d+(\.\d+)*\.\s/gm, '')
    .replace(/số \d+\/[\p{L}-]+ ngày \d{1,2}\/\d{1,2}\/\d{4}/gu, '')
    .replace(/giai đoạn \d{4}-\d{4}/g, '');
  expect(rest.match(/[^\n]*\d[^\n]*/g) ?? []).toEqual([]);
});
