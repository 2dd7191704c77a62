// Regenerates the generated part of docs/figures.md from src/catalogue (npm run docs:figures).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueExamples } from '../src/catalogue/catalogue-examples';
import { describeCatalogue } from '../src/catalogue/describe-catalogue';
import { projectRoot } from '../src/tools/project-root';
import { prepareDataset } from '../src/pipeline/prepare-package';
import { replaceGenerated } from './generated-section';

async function main() {
  const data = join(projectRoot(), 'data');
  const q1 = await prepareDataset(join(data, 'lao-cai-2026-q1'));
  const i766 = await prepareDataset(join(data, 'lao-cai-766-2025-08'));
  if (!q1.report || !i766.report) throw new Error('the bundled samples do not validate');
  const file = join(projectRoot(), 'docs', 'figures.md');
  const text = describeCatalogue(catalogueExamples(q1.report, i766.report));
  writeFileSync(file, replaceGenerated(readFileSync(file, 'utf8'), text, 'docs:figures'));
  console.log(`Đã cập nhật ${file}`);
}

void main();
