import type { Registry } from '../../domain/registry';
import type { Issue } from '../../issues/issue';
import type { Dataset } from '../../domain/dataset';

/**
 * What every cross-table rule sees: the dataset as far as it could be read, the registry,
 * and the unit ids of DonVi rows that had their own errors (so rules do not repeat them).
 */
export interface RuleContext {
  readonly dataset: Dataset;
  readonly registry: Registry;
  readonly rejectedUnitIds: ReadonlySet<string>;
}

/** A named check of the whole dataset that reports every problem it finds. */
export type Rule = (ctx: RuleContext) => Issue[];
