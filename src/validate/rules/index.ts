import { communesInRegistry } from './communes-in-registry';
import type { Rule } from './context';
import { datesInPeriod } from './dates-in-period';
import { formEquations } from './form-equations';
import { reportDate } from './report-date';
import { ranksAreSequences, totalMatchesGroups } from './index-766';
import { uniqueUnits } from './unique-units';
import { unitReferences } from './unit-references';

export type { Rule, RuleContext } from './context';

/** The cross-table rules, run in this order on every dataset. */
export const RULES: readonly Rule[] = [
  uniqueUnits,
  communesInRegistry,
  unitReferences,
  datesInPeriod,
  reportDate,
  formEquations,
  totalMatchesGroups,
  ranksAreSequences,
];
