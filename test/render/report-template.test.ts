import { readFileSync } from 'node:fs';
import PizZip from 'pizzip';
import { reportTemplate } from '../../scripts/report-template/build-template';
import { CONTENT_SECTIONS } from '../../src/contract/content-sections';
import { CONDITIONS, FIGURES, TEXTS } from '../../src/catalogue';
import { INDEX_766_FIGURES } from '../../src/catalogue/figures/index-766';
import { INDEX_766_SUB_FIGURES } from '../../src/catalogue/figures/index-766-sub-indicators';
import { INDEX_766_UNIT_FIGURES } from '../../src/catalogue/figures/index-766-units';
import { checkTemplate, FRAME_LOOPS } from '../../src/validate/template/check-template';
import { bundledReportTemplate } from '../../src/ingest/report-template-file';
import { readDocxText } from '../../src/ooxml/docx-text';

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

const catalogue = [...FIGURES, ...TEXTS, ...CONDITIONS].map((r) => r.id);

test('every tag of the template is a value of the catalogue or a content-file section', () => {
  // co_tru_so…: an optional section's heading stays only when the section has text.
  const headed = CONTENT_SECTIONS.filter((s) => s.need === 'heading').map((s) => `co_${s.key}`);
  const known = new Set([
    ...catalogue,
    ...CONTENT_SECTIONS.map((s) => s.key),
    ...headed,
    ...FRAME_LOOPS,
  ]);
  expect([...tags].filter((t) => !known.has(t))).toEqual([]);
  for (const s of CONTENT_SECTIONS) expect(tags.has(s.key)).toBe(true);
  // The check the build runs reads the same tags and finds nothing wrong.
  const checked = checkTemplate(committed, 'bao-cao-quy.docx');
  expect(checked.issues).toEqual([]);
  expect(new Set(checked.tags)).toEqual(tags);
});

test('every value of the catalogue is used by the template, or offered to the content file only', () => {
  // Index 766: the letters' figures, all of the three groups of the catalogue (checked apart).
  const letters = new Set(
    [...INDEX_766_FIGURES, ...INDEX_766_UNIT_FIGURES, ...INDEX_766_SUB_FIGURES].map((f) => f.id),
  );
  expect(letters.size).toBeGreaterThan(100);
  const unused = catalogue.filter((k) => !tags.has(k) && !letters.has(k));
  // Figures the template's sentences do not print but an official may quote in noi-dung.md.
  expect(unused.sort()).toEqual(
    [
      'dt_so',
      'dt_nghi_quyet',
      'dt_quyet_dinh',
      'ky_sau',
      'ngay_van_ban',
      'sn_ky_truoc',
      'tinh',
      'sn_truc_tiep',
      'sn_truc_tuyen',
      'xa_ky_truoc',
      'xa_truc_tiep',
      'xa_truc_tuyen',
      // Running totals of publications up to the end of the period (issue 14).
      'cb_quyet_dinh_luy_ke',
      'cb_tthc_luy_ke',
      // Index 766, texts of the letters.
      'tinh_xep_loai',
      'ngay_so_lieu_766',
    ].sort(),
  );
  // The template prints none of the letters' figures.
  expect([...letters].filter((k) => tags.has(k))).toEqual([]);
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
