// Regenerates the generated part of docs/data.md from src/contract (npm run docs:data).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeContract } from '../src/contract/describe-contract';
import { projectRoot } from '../src/tools/project-root';
import { replaceGenerated } from './generated-section';

const file = join(projectRoot(), 'docs', 'data.md');
writeFileSync(file, replaceGenerated(readFileSync(file, 'utf8'), describeContract()));
console.log(`Đã cập nhật ${file}`);
