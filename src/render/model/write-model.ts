import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportModel } from '../../compute/report-model';
import { summaryLines } from './summary';

/** Writes model.json (the computed report model) and tom-tat.txt (its summary). */
export function writeModelFiles(dir: string, model: ReportModel): string[] {
  writeFileSync(join(dir, 'model.json'), JSON.stringify(model, null, 2) + '\n', 'utf8');
  writeFileSync(join(dir, 'tom-tat.txt'), summaryLines(model).join('\n') + '\n', 'utf8');
  return ['model.json', 'tom-tat.txt'];
}
