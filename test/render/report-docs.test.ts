import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedPart } from '../../scripts/generated-section';
import { catalogueExamples } from '../../src/catalogue/catalogue-examples';
import { describeCatalogue } from '../../src/catalogue/describe-catalogue';
import { CONTENT_SECTIONS } from '../../src/contract/content-sections';
import { projectRoot } from '../../src/tools/project-root';
import { modelOf, SAMPLE_766, SAMPLE_Q1 } from '../helpers/load-sample';

const doc = (name: string) => readFileSync(join(projectRoot(), 'docs', name), 'utf8');

test('docs/figures.md lists every figure, text and condition of the catalogue (npm run docs:figures)', async () => {
  const examples = catalogueExamples(await modelOf(SAMPLE_Q1), await modelOf(SAMPLE_766));
  expect(generatedPart(doc('figures.md'), 'docs:figures')).toBe(describeCatalogue(examples));
});

test('the examples of docs/figures.md are the samples’ figures, checked by hand against the seeds', async () => {
  const examples = catalogueExamples(await modelOf(SAMPLE_Q1), await modelOf(SAMPLE_766));
  // REFERENCE §8 / seed 003 and seed 000, typed from the documents.
  expect(examples.get('hs_tiep_nhan')).toBe('176.319');
  expect(examples.get('pakn_tiep_nhan_giai_quyet')).toBe('66');
  expect(examples.get('pakn_ty_le_tiep_nhan')).toBe('100%');
  expect(examples.get('tinh_tong_diem')).toBe('82,16');
  expect(examples.get('tinh_xep_hang')).toBe('15');
});

test('docs/report.md lists every content section', () => {
  const report = doc('report.md');
  for (const s of CONTENT_SECTIONS)
    expect([s.key, report.includes(`\`${s.key}\``)]).toEqual([s.key, true]);
});
