import { join } from 'node:path';
import { buildModel } from '../../src/compute/build-model';
import type { ReportModel } from '../../src/compute/report-model';
import { readDataset } from '../../src/ingest/read-dataset';
import { readRegistry } from '../../src/ingest/read-registry';
import { projectRoot } from '../../src/tools/project-root';
import { validateDataset, type Validation } from '../../src/validate/validate-dataset';

export const SAMPLE_Q1 = join(projectRoot(), 'data', 'lao-cai-2026-q1');
export const SAMPLE_766 = join(projectRoot(), 'data', 'lao-cai-766-2025-08');
/** The 2026 index-766 sample (six groups), imported by `tthc import-766` from the portal captures. */
export const SAMPLE_766_2026 = join(projectRoot(), 'data', 'phu-tho-766-2026-q3');
/** The small second sample: Lai Châu, 6 tháng đầu năm 2026, an issued (numbered) report. */
export const SAMPLE_H1 = join(projectRoot(), 'data', 'lai-chau-2026-h1');

/** Reads and validates a dataset folder or file. */
export async function validatePath(path: string): Promise<Validation> {
  return validateDataset(await readDataset(path), readRegistry());
}

/** The report model of a dataset that must be valid. */
export async function modelOf(path: string): Promise<ReportModel> {
  const { dataset, issues } = await validatePath(path);
  const errors = issues.filter((i) => i.severity === 'error');
  if (!dataset || errors.length > 0) throw new Error(JSON.stringify(errors, null, 2));
  return buildModel(dataset);
}
