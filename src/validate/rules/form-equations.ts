import { EQUATIONS } from '../../contract/equations';
import type { TableId } from '../../contract/tables';
import { brokenEquations, completeTotals } from '../../domain/complete-totals';
import { formatNumber } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import { locate } from '../origin';
import type { RowOrigin } from '../../domain/origin';
import type { Rule } from './context';

type Row = Record<string, unknown> & { $at: RowOrigin };

const DEFINING = new Map(
  EQUATIONS.filter((e) => e.defines).map((e) => [`${e.table}.${e.total}`, e]),
);

/** A column as the official sees it: its sheet letter, else its Vietnamese header. */
const shortName = (at: RowOrigin, key: string) => at.letters[key] ?? `"${at.headers[key] ?? key}"`;

/**
 * The total in the sheet's terms: "Tổng số hồ sơ tiếp nhận (C)"; a total left blank says it
 * was computed, since the official sees an empty cell: "(C để trống, tính = D + E + F)".
 */
function totalWords(table: TableId, row: Row, key: string): string {
  const at = row.$at;
  const name = at.headers[key] ?? key;
  const letter = at.letters[key];
  const defining = DEFINING.get(`${table}.${key}`);
  if (defining && (row[key] === null || row[key] === undefined)) {
    const sum = defining.parts.map((p) => shortName(at, p)).join(' + ');
    return `${name} (${letter ? `${letter} ` : ''}để trống, tính = ${sum})`;
  }
  return letter ? `${name} (${letter})` : `"${name}"`;
}

/** Every identity of forms 06c, 05b, II.03b and II.02c holds on every row (REFERENCE §3). */
export const formEquations: Rule = ({ dataset }) => {
  const issues: Issue[] = [];
  const check = (table: TableId, rows: readonly object[]) => {
    for (const row of rows as readonly Row[]) {
      for (const { equation, left, right } of brokenEquations(
        table,
        row,
        completeTotals(table, row),
      )) {
        const params = {
          form: equation.form,
          equation: equation.label,
          total: totalWords(table, row, equation.total),
          parts: equation.parts.map((p) => shortName(row.$at, p)).join(' + '),
          left: formatNumber(left),
          right: formatNumber(right),
        };
        issues.push(makeIssue('EQUATION_MISMATCH', params, locate(row.$at, equation.total)));
      }
    }
  };
  check('HoSo', dataset.dossiers);
  check('PAKN', dataset.feedback);
  check('CongBo', dataset.publications);
  check('DuThao', dataset.drafts);
  for (const row of dataset.feedback) {
    const handled = completeTotals('PAKN', row).tong_da_xu_ly ?? 0;
    if (row.da_cong_khai > handled)
      issues.push(
        makeIssue(
          'PUBLISHED_EXCEEDS_HANDLED',
          { published: row.da_cong_khai, handled },
          locate(row.$at, 'da_cong_khai'),
        ),
      );
  }
  return issues;
};
