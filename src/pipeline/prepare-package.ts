import type { TypedFigures } from '../audit/typed-figures';
import type { Dataset } from '../domain/dataset';
import { assemblePackage } from '../compute/assemble-package';
import type { PackageModel } from '../compute/package-model';
import {
  readLetterPackage,
  readPackage,
  type LetterSources,
  type PackageSources,
  type RawPackage,
} from '../ingest/read-package';
import { hasErrors, makeIssue, type Issue } from '../issues/issue';
import { checkCarryOver } from '../validate/carry-over';
import { fillCarryOver } from '../validate/fill-carry-over';
import type { PackageInputs } from '../validate/package/package-inputs';
import { validateLetterPackage, validatePackage } from '../validate/package/validate-package';
import { validateSource, type Expected } from '../validate/package/validate-source';
import type { Part } from '../validate/parts/part';
import { combineFromParts } from './prepare-parts';
import { prepareDataset } from './prepare-dataset';
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
 * `tthc validate` does. Both commands report exactly these issues. With `parts` (`--cac-quy`)
 * the figures come from the quarters' datasets, combined into the tables of one dataset that
 * goes through the same checks; with `previous` (`--ky-truoc`) each unit's carry-over is
 * checked against that period's pending dossiers, and with `fillCarryOver` blank ones filled.
 */
export async function preparePackage(
  sources: PackageSources,
  expected: Expected = {},
): Promise<Prepared> {
  let raw = await readPackage(sources);
  const before: Issue[] = [];
  // The period's start: with quarters, the first one, whose cells carry the period's carry-over.
  let first: Part | null = null;
  if (sources.parts && sources.parts.length > 0) {
    const combined = await combineFromParts(raw, sources.parts);
    if (!combined.raw) return { model: null, issues: combined.issues, typed: null };
    raw = combined.raw;
    first = combined.first;
    before.push(...combined.issues);
  }
  const previous = sources.previous ? await previousDataset(sources.previous) : null;
  if (previous && 'dataset' in previous && sources.fillCarryOver) {
    const filled = fillFromPrevious(raw, previous.dataset, sources.previous!);
    raw = filled.raw;
    before.push(...filled.issues);
  }
  const checked = validatePackage(raw, expected);
  const issues = [...before, ...checked.issues];
  if (previous && 'code' in previous) issues.push(previous);
  else if (previous && first)
    issues.push(...checkCarryOver(first.dataset, previous.dataset, sources.previous, first.path));
  else if (previous && checked.inputs?.dataset)
    issues.push(...checkCarryOver(checked.inputs.dataset, previous.dataset, sources.previous));
  return fromInputs({ inputs: hasErrors(issues) ? null : checked.inputs, issues });
}

/** The previous period's dataset, itself checked first. */
async function previousDataset(path: string): Promise<{ dataset: Dataset } | Issue> {
  const previous = await prepareDataset(path);
  const errors = previous.issues.filter((i) => i.severity === 'error').length;
  if (!previous.dataset || errors > 0)
    return makeIssue('PREVIOUS_DATA_INVALID', { path, count: errors }, { file: path });
  return { dataset: previous.dataset };
}

/**
 * Blank carry-over cells filled in the tables as read, before any check: the first reading
 * only finds the rows (its problems are those of the unfilled data, not reported).
 */
function fillFromPrevious(raw: RawPackage, previous: Dataset, previousPath: string) {
  const { dataset } = validateSource(raw.dataset, raw.dataName, raw.registry);
  if (!dataset) return { raw, issues: [] };
  const filled = fillCarryOver(raw.dataset, dataset, previous, previousPath);
  return { raw: { ...raw, dataset: filled.dataset }, issues: filled.issues };
}

/** The same for `tthc letter`: the letter, with --data its dataset and rules. */
export async function prepareLetter(sources: LetterSources): Promise<Prepared> {
  return fromInputs(validateLetterPackage(await readLetterPackage(sources)));
}

export { prepareDataset } from './prepare-dataset';
