import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { METRICS, SUB_FIELDS } from '../../../src/contract/footnote-metrics';
import { FOOTNOTE_HELPERS } from '../../../src/contract/footnote-rules';
import { TARGET_INDICATORS } from '../../../src/contract/targets';
import { projectRoot } from '../../../src/tools/project-root';
import { readRulesFile } from '../../../src/ingest/read-rules';
import { MESSAGES } from '../../../src/issues/messages';
import { footnoteTexts } from '../../helpers/footnote-texts';
import { validateFootnoteRules } from '../../../src/validate/footnote-rules';
import { rulesFromYaml } from '../../helpers/footnote-units';
import { modelOf, SAMPLE_766 } from '../../helpers/load-sample';

const doc = readFileSync(join(projectRoot(), 'docs', 'footnote-rules.md'), 'utf8');
const yamlBlocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

test('docs/footnote-rules.md names every metric, helper, condition and issue code', () => {
  const words = [
    ...METRICS,
    ...TARGET_INDICATORS,
    'below',
    'above',
    'highest',
    'lowest',
    'belowNationalAverage',
    'belowProvince',
    'belowTarget',
    'band',
    'bandAtLeast',
    'missing',
    'flag',
    ...SUB_FIELDS.map((f) => `<code>.${f}`),
    ...Object.keys(MESSAGES).filter((c) => /^(RULES|FOOTNOTE)_/.test(c)),
  ];
  expect(words.filter((w) => !doc.includes(`\`${w}`))).toEqual([]);
  expect(
    FOOTNOTE_HELPERS.filter((h) => !doc.includes(`{{${h}`) && !doc.includes(`{{#${h}`)),
  ).toEqual([]);
});

test('every rule file of the doc is valid', () => {
  expect(yamlBlocks.length).toBeGreaterThanOrEqual(5);
  for (const block of yamlBlocks) expect(() => rulesFromYaml(block)).not.toThrow();
});

test('the seed-000 example of the doc writes what the sample rule file writes', async () => {
  const model = await modelOf(SAMPLE_766);
  const example = yamlBlocks.find((b) => b.includes('name: so_hoa_thap'))!;
  const sample = validateFootnoteRules(readRulesFile(join(SAMPLE_766, 'chu-thich.yaml')).raw!);
  expect(footnoteTexts(model, rulesFromYaml(example)).footnotes).toEqual(
    footnoteTexts(model, sample.rules!).footnotes,
  );
});
