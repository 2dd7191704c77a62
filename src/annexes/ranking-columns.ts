import type { RankingAnnex, RankingRow, RankingTable } from '../compute/ranking-annex';
import { GROUP_KEYS, INDICATOR_SETS } from '../contract/indicator-sets';
import { formatChange, formatDateNumeric, formatNumber } from '../format';
import type { UnitGroup } from '../domain/dataset';
import { LANDSCAPE_TEXT_WIDTH } from './page';
import { scaleWidths, type AnnexColumn, type AnnexTable } from './annex-column';

/** One column of a ranking table. */
export type RankingColumn = AnnexColumn<RankingRow>;

// [$-42A] is the vi-VN locale, as in the forms workbook: "15,34" whatever the reader's locale.
const SCORE_FORMAT = '[$-42A]#,##0.00';
const RANK_CHANGE_FORMAT = '"↑ "0;"↓ "0;"="';
const SCORE_CHANGE_FORMAT = '[$-42A]"↑ "0.00;[$-42A]"↓ "0.00;"="';
/** Shown where a unit has no earlier reading to compare with. */
export const NO_CHANGE = '—';

const points = (v: number) => formatNumber(v, { decimals: 2 });
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/**
 * The groups of the indicator set in force, in its order, with their names and maxima
 * (src/contract/indicator-sets): five for 2025 (18/20/22/18/22), six since 2026.
 */
function scoreColumns(setId: string): RankingColumn[] {
  const set = INDICATOR_SETS.find((s) => s.id === setId);
  return (set?.groups ?? []).map((g) => {
    const score = GROUP_KEYS[g.column];
    return {
      // A no-break space keeps "(18 điểm)" on one line of the narrow heading.
      heading: ['Điểm các nhóm chỉ số', `${g.name} (${g.max}\u00a0điểm)`],
      mm: 21,
      chars: 12,
      align: 'right',
      text: (r) => {
        const v = r.scores[score];
        return v === null ? NO_CHANGE : points(v);
      },
      value: (r) => r.scores[score] ?? NO_CHANGE,
      numFmt: SCORE_FORMAT,
    };
  });
}

/** The rank cell: "15/34" on the province's line ("—" when not known), the unit's rank below. */
const rankCell = (r: RankingRow): string | number =>
  r.kind === 'province'
    ? r.rank === null
      ? NO_CHANGE
      : `${r.rank}/${r.of}`
    : (r.rank ?? NO_CHANGE);

function changeColumns(since: string): RankingColumn[] {
  const group = `So với ngày ${since}`;
  return [
    {
      heading: [group, 'Thứ hạng'],
      mm: 17,
      chars: 10,
      align: 'center',
      text: (r) => (r.rankChange === null ? NO_CHANGE : formatChange(r.rankChange)),
      value: (r) => r.rankChange ?? NO_CHANGE,
      numFmt: RANK_CHANGE_FORMAT,
    },
    {
      heading: [group, 'Tổng điểm'],
      mm: 17,
      chars: 11,
      align: 'center',
      text: (r) =>
        r.scoreChange === null ? NO_CHANGE : formatChange(r.scoreChange, { decimals: 2 }),
      value: (r) => r.scoreChange ?? NO_CHANGE,
      numFmt: SCORE_CHANGE_FORMAT,
    },
  ];
}

/**
 * The columns of a group's table: rank ("15/34" on the province's line), official name, the
 * five group scores, total, classification, and, when there is an earlier reading, the change
 * in rank and in total since it. Word widths are scaled to fill the text width of the page.
 */
export function rankingColumns(
  group: UnitGroup,
  previousAsOf: RankingAnnex['previousAsOf'],
  setId: string,
): RankingColumn[] {
  const columns: RankingColumn[] = [
    {
      heading: ['Xếp hạng'],
      mm: 14,
      chars: 9,
      align: 'center',
      text: (r) => String(rankCell(r)),
      value: rankCell,
      numFmt: '0',
    },
    {
      heading: [group === 'so_nganh' ? 'Cơ quan, đơn vị' : 'Xã, phường'],
      mm: 62,
      chars: 34,
      align: 'left',
      text: (r) => r.name,
      value: (r) => r.name,
    },
    ...scoreColumns(setId),
    {
      heading: ['Tổng điểm'],
      mm: 17,
      chars: 11,
      align: 'right',
      text: (r) => points(r.total),
      value: (r) => r.total,
      numFmt: SCORE_FORMAT,
    },
    {
      heading: ['Xếp loại'],
      mm: 20,
      chars: 12,
      align: 'center',
      text: (r) => capitalise(r.classification),
      value: (r) => capitalise(r.classification),
    },
    ...(previousAsOf ? changeColumns(formatDateNumeric(previousAsOf)) : []),
  ];
  return scaleWidths(columns, LANDSCAPE_TEXT_WIDTH);
}

/** A group's ranking as an annex table: the province's line in bold. */
export function rankingAnnexTable(
  t: RankingTable,
  previousAsOf: RankingAnnex['previousAsOf'],
  setId: string,
): AnnexTable<RankingRow> {
  return {
    columns: rankingColumns(t.group, previousAsOf, setId),
    rows: t.rows,
    boldRow: (r) => r.kind === 'province',
  };
}
