import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_FILES } from '../contract/package-files';
import { quarterSpan } from '../domain/period';
import { formatPeriodTitle } from '../format';
import type { RawPackage } from '../ingest/read-package';
import { hasErrors, makeIssue, type Issue } from '../issues/issue';
import { checkCarryOver } from '../validate/carry-over';
import { checkParts } from '../validate/parts/check-parts';
import { combineParts } from '../validate/parts/combine-parts';
import { pendingFeedback } from '../validate/parts/feedback-pending';
import type { Part } from '../validate/parts/part';
import { partialUnits } from '../validate/parts/part-units';
import { placeIn } from '../validate/parts/place';
import { targetOf } from '../validate/parts/target';
import { tableNamed } from '../validate/tables/resolve-tables';
import { prepareDataset } from './prepare-dataset';

/** One part read and checked by itself, its problems named with its path. */
async function readPart(path: string): Promise<{ part: Part | null; issues: Issue[] }> {
  // A built package holds documents and the computed model, not the data to add up.
  if (existsSync(join(path, MODEL_FILES.model)))
    return {
      part: null,
      issues: [makeIssue('PART_IS_PACKAGE', { path, file: MODEL_FILES.model }, { file: path })],
    };
  const { dataset, issues } = await prepareDataset(path);
  const placed = issues.map((i) => ({
    ...i,
    location: i.location ? placeIn(path, i.location) : { file: path },
  }));
  return { part: dataset && !hasErrors(issues) ? { path, dataset } : null, issues: placed };
}

const byStart = (a: Part, b: Part) =>
  a.dataset.period.year - b.dataset.period.year ||
  quarterSpan(a.dataset.period).first - quarterSpan(b.dataset.period).first;

/**
 * A 6-month, 9-month or annual period from its quarters (`--cac-quy`, issue 17): each part
 * checked by itself, then against the period and each other (coverage, carry-over from one
 * quarter to the next, units present in some quarters only, feedback pending), then combined
 * into the tables of one dataset as the contract declares. The caller reads those tables with
 * the period's own through the same checks as any dataset.
 */
export async function combineFromParts(
  raw: RawPackage,
  paths: readonly string[],
): Promise<{ raw: RawPackage | null; first: Part | null; issues: Issue[] }> {
  const read = await Promise.all(paths.map(readPart));
  const issues = read.flatMap((r) => r.issues);
  const parts = read.flatMap((r) => (r.part ? [r.part] : []));
  // A part with errors of its own is fixed first: checking the others against the period
  // without it would only add a missing quarter to its errors.
  if (parts.length < paths.length) return { raw: null, first: null, issues };
  const target = targetOf(raw.dataset, raw.registry);
  const checked = target ? checkParts(target, parts, raw.dataset.source) : null;
  issues.push(...(checked?.issues ?? []));
  // Parts that do not make the period: adding them up would only repeat their problems.
  if (checked && !checked.ordered) return { raw: null, first: null, issues };
  const ordered = checked?.ordered ?? [...parts].sort(byStart);
  if (target) {
    for (let i = 1; i < ordered.length; i++) {
      const [before, now] = [ordered[i - 1]!, ordered[i]!];
      issues.push(...checkCarryOver(now.dataset, before.dataset, before.path, now.path));
    }
    issues.push(...partialUnits(ordered));
    const ownFeedback = raw.dataset.tables.some((t) => tableNamed(t.name)?.id === 'PAKN');
    if (!ownFeedback)
      issues.push(
        ...pendingFeedback(ordered, formatPeriodTitle(target.period), raw.dataset.source),
      );
  }
  // Parts that disagree with each other: their sum would break the forms' identities again.
  if (hasErrors(issues)) return { raw: null, first: null, issues };
  const combined = combineParts(raw.dataset, ordered);
  return {
    raw: { ...raw, dataset: combined.dataset },
    first: ordered[0] ?? null,
    issues: [...issues, ...combined.issues],
  };
}
