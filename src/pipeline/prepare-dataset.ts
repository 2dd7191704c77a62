import { basename } from 'node:path';
import { buildModel } from '../compute/build-model';
import type { ReportModel } from '../compute/report-model';
import type { Dataset } from '../domain/dataset';
import { readDataset } from '../ingest/read-dataset';
import { readRegistry } from '../ingest/read-registry';
import { hasErrors, type Issue } from '../issues/issue';
import { validateSource } from '../validate/package/validate-source';

/**
 * A dataset alone and its report model, for commands that compare with the data but write
 * nothing from it (`tthc audit --data`, the previous period of `--ky-truoc`, the quarters of
 * `--cac-quy`).
 */
export async function prepareDataset(data: string): Promise<{
  dataset: Dataset | null;
  report: ReportModel | null;
  issues: readonly Issue[];
}> {
  const raw = await readDataset(data);
  const { dataset, issues } = validateSource(
    raw,
    basename(data.replace(/[\\/]+$/, '')),
    readRegistry(),
  );
  if (!dataset || hasErrors(issues)) return { dataset, report: null, issues };
  return { dataset, report: buildModel(dataset), issues };
}
