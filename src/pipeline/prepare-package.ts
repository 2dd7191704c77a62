import { basename } from 'node:path';
import type { TypedFigures } from '../audit/typed-figures';
import { buildModel } from '../compute/build-model';
import type { ReportModel } from '../compute/report-model';
import { readDataset } from '../ingest/read-dataset';
import { readRegistry } from '../ingest/read-registry';
import type { Dataset } from '../domain/dataset';
import { validateSource } from '../validate/package/validate-source';
import { assemblePackage } from '../compute/assemble-package';
import type { PackageModel } from '../compute/package-model';
import {
  readLetterPackage,
  readPackage,
  type LetterSources,
  type PackageSources,
} from '../ingest/read-package';
import { hasErrors, makeIssue, type Issue } from '../issues/issue';
import { checkCarryOver } from '../validate/carry-over';
import type { PackageInputs } from '../validate/package/package-inputs';
import { validateLetterPackage, validatePackage } from '../validate/package/validate-package';
import type { Expected } from '../validate/package/validate-source';
import { checkTypedProse } from './typed-prose';

/** A package made ready to write, or the problems that stop it. */
export interface Prepared {
  /** Null when the inputs have an error: nothing can be written. */
  readonly model: PackageModel | null;
  /** Every problem found, in the order found: inputs, then computing, then typed prose. */
  readonly issues: readonly Issue[];
  readonly typed: TypedFigures | null;
}

function fromInputs(checked: { inputs: PackageInputs | null; issues: Issue[] }): Prepared {
  if (!checked.inputs) return { model: null, issues: checked.issues, typed: null };
  const { model, issues } = assemblePackage(checked.inputs);
  const typed = checkTypedProse(model);
  const all = [...checked.issues, ...issues, ...typed.issues];
  return { model: hasErrors(all) ? null : model, issues: all, typed: typed.counts };
}

/**
 * Reads, checks and computes a package: everything `tthc build` does before writing, and all
 * `tthc validate` does. Both commands report exactly these issues.
 */
export async function preparePackage(
  sources: PackageSources,
  expected: Expected = {},
): Promise<Prepared> {
  const checked = validatePackage(await readPackage(sources), expected);
  if (sources.previous && checked.inputs?.dataset) {
    const issues = await carryOverIssues(checked.inputs.dataset, sources.previous);
    const all = [...checked.issues, ...issues];
    return fromInputs({ inputs: hasErrors(all) ? null : checked.inputs, issues: all });
  }
  return fromInputs(checked);
}

/** This period's carry-over against the previous period's dataset, itself checked first. */
async function carryOverIssues(current: Dataset, previousPath: string): Promise<Issue[]> {
  const previous = await prepareDataset(previousPath);
  const errors = previous.issues.filter((i) => i.severity === 'error').length;
  if (!previous.dataset || errors > 0)
    return [
      makeIssue(
        'PREVIOUS_DATA_INVALID',
        { path: previousPath, count: errors },
        { file: previousPath },
      ),
    ];
  return checkCarryOver(current, previous.dataset, previousPath);
}

/** The same for `tthc letter`: the letter, with --data its dataset and rules. */
export async function prepareLetter(sources: LetterSources): Promise<Prepared> {
  return fromInputs(validateLetterPackage(await readLetterPackage(sources)));
}

/**
 * A dataset alone and its report model, for commands that compare with the data but write
 * nothing from it (`tthc audit --data`).
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
