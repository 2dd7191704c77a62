import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedPart } from '../../scripts/generated-section';
import { describeContract } from '../../src/contract/describe-contract';
import { projectRoot } from '../../src/tools/project-root';

test('docs/data.md lists the tables as the contract defines them (npm run docs:data)', () => {
  const doc = readFileSync(join(projectRoot(), 'docs', 'data.md'), 'utf8');
  expect(generatedPart(doc)).toBe(describeContract());
});
