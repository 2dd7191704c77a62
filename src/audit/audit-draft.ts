import type { Issue } from '../issues/issue';
import { breakdownSums } from './checks/breakdown-sums';
import { citations } from './checks/citations';
import { citationConsistency } from './checks/citation-consistency';
import { doubledWords } from './checks/doubled-words';
import { garbledWords } from './checks/garbled-words';
import { impossibleDates } from './checks/impossible-dates';
import { figuresVsData } from './checks/figures-vs-data';
import { formIdentities } from './checks/form-identities';
import { listCounts } from './checks/list-counts';
import { listItems } from './checks/list-items';
import { numberStyle } from './checks/number-style';
import { percentages } from './checks/percentages';
import { periodStatements } from './checks/period';
import { periodConsistency } from './checks/period-consistency';
import { repeatedFigures } from './checks/repeated-figures';
import { scoreSums } from './checks/score-sums';
import { shareOverWhole } from './checks/share-over-whole';
import { unitNames } from './checks/unit-names';
import type { AuditContext, Check } from './context';
import type { Draft } from './draft';

/** Every check of `tthc audit`, each a small function of the text (see docs/audit.md). */
export const CHECKS: readonly Check[] = [
  figuresVsData,
  repeatedFigures,
  formIdentities,
  breakdownSums,
  scoreSums,
  listCounts,
  listItems,
  percentages,
  shareOverWhole,
  impossibleDates,
  periodStatements,
  periodConsistency,
  citations,
  citationConsistency,
  unitNames,
  numberStyle,
  doubledWords,
  garbledWords,
];

const order = (i: Issue) => [
  i.location?.paragraph === undefined ? 1 : 0,
  i.location?.paragraph ?? i.location?.footnote ?? 0,
  i.location?.sentence ?? 0,
];

/** The findings of a draft, in reading order: the body paragraph by paragraph, then footnotes. */
export function auditDraft(draft: Draft, ctx: AuditContext, checks = CHECKS): Issue[] {
  return checks
    .flatMap((check) => check(draft, ctx))
    .map((issue, n) => ({ issue, n }))
    .sort((a, b) => {
      const [x, y] = [order(a.issue), order(b.issue)];
      for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return x[k]! - y[k]!;
      return a.n - b.n;
    })
    .map(({ issue }) => issue);
}
