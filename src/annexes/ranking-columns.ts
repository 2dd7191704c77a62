import type { RankingAnnex, RankingRow, RankingTable } from '../compute/ranking-annex';
import type { GroupScores } from '../compute/index-766';
import { indexReadings } from '../contract/tables';
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

const SCORE_KEYS: readonly [keyof GroupScores, string][] = [
  ['transparency', 'cong_khai_minh_bach'],
  ['progress', 'tien_do_giai_quyet'],
  ['onlineService', 'dich_vu_cong_truc_tuyen'],
  ['satisfaction', 'muc_do_hai_long'],
  ['digitisation', 'so_hoa_ho_so'],
];

const points = (v: number) => formatNumber(v, { decimals: 2 });
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** The five groups with their names and maxima from the data contract (REFERENCE §4). */
function scoreColumns(): RankingColumn[] {
  return SCORE_KEYS.map(([score, key]) => {
    const c = indexReadings.columns.find((col) => col.key === key)!;
    return {
      // A no-break space keeps "(18 điểm)" on one line of the narrow heading.
      heading: ['Điểm các nhóm chỉ số', `${c.header} (${c.max}\u00a0điểm)`],
      mm: 21,
      chars: 12,
      align: 'right',
      text: (r) => points(r.scores[score]),
      value: (r) => r.scores[score],
      numFmt: SCORE_FORMAT,
    };
  });
}

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
): RankingColumn[] {
  const columns: RankingColumn[] = [
    {
      heading: ['Xếp hạng'],
      mm: 14,
      chars: 9,
      align: 'center',
      text: (r) => (r.kind === 'province' ? `${r.rank}/${r.of}` : String(r.rank)),
      value: (r) => (r.kind === 'province' ? `${r.rank}/${r.of}` : r.rank),
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
    ...scoreColumns(),
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
): AnnexTable<RankingRow> {
  return {
    columns: rankingColumns(t.group, previousAsOf),
    rows: t.rows,
    boldRow: (r) => r.kind === 'province',
  };
}
