import { PROVINCE_UNIT_ID } from '../contract/tables';
import { provinceMention } from '../format';
import type { CivilDate } from '../format/calendar-types';
import type { UnitGroup } from '../domain/dataset';
import type { Comparison, GroupScores, Reading } from './index-766';
import type { ReportModel } from './report-model';

/** One line of a ranking table: the province's own standing, or a unit of the group. */
export interface RankingRow {
  readonly kind: 'province' | 'unit';
  /** DonVi code; the province's line carries PROVINCE_UNIT_ID. */
  readonly unitId: string;
  /** Null on the province's line when its national rank is not known. */
  readonly rank: number | null;
  /** How many were ranked: 34 provinces for the province, the group's size for a unit. */
  readonly of: number;
  /** Official name: "Sở Tư pháp", "Xã Tằng Loỏng", "Tỉnh Lào Cai". */
  readonly name: string;
  readonly scores: GroupScores;
  readonly total: number;
  readonly classification: string;
  /** Places gained since the previous reading (13th → 15th is −2); null without one. */
  readonly rankChange: number | null;
  /** Points gained since the previous reading, to hundredths; null without one. */
  readonly scoreChange: number | null;
}

/** The ranking of one group: the province's line first (when it has a reading), then by rank. */
export interface RankingTable {
  readonly group: UnitGroup;
  readonly rows: readonly RankingRow[];
}

/** What the ranking annex shows: the reading date, the one compared with, a table per group. */
export interface RankingAnnex {
  /** The indicator set of the reading: which groups the tables show, out of what. */
  readonly setId: string;
  readonly asOf: CivilDate;
  readonly previousAsOf: CivilDate | null;
  /** Agencies, then communes; a group without readings has no table. */
  readonly tables: readonly RankingTable[];
}

const GROUPS: readonly UnitGroup[] = ['so_nganh', 'xa_phuong'];

function row(
  kind: RankingRow['kind'],
  unitId: string,
  name: string,
  r: Reading & { readonly comparison: Comparison | null },
): RankingRow {
  return {
    kind,
    unitId,
    rank: r.rank,
    of: r.of,
    name,
    scores: r.scores,
    total: r.total,
    classification: r.classification,
    rankChange: r.comparison?.rankChange ?? null,
    scoreChange: r.comparison?.scoreChange ?? null,
  };
}

/** "Tỉnh Lào Cai"; a centrally governed city's name already carries "Thành phố". */
const provinceName = (name: string) => {
  const mention = provinceMention(name);
  return mention.charAt(0).toLocaleUpperCase('vi') + mention.slice(1);
};

/**
 * The rows of the index-766 ranking annex (seed 000's attachment), from the model's latest
 * reading: per group, the province's line (ranked among 34) on top of the units sorted by rank.
 * Null when the data has no index-766 readings.
 */
export function rankingAnnex(
  model: Pick<ReportModel, 'province' | 'index766'>,
): RankingAnnex | null {
  const index = model.index766;
  if (!index) return null;
  const province = index.province
    ? row('province', PROVINCE_UNIT_ID, provinceName(model.province.name), index.province)
    : null;
  const tables = GROUPS.filter((g) => index.groups[g].length > 0).map((group) => ({
    group,
    rows: [
      ...(province ? [province] : []),
      ...[...index.groups[group]]
        .sort((a, b) => a.rank - b.rank)
        .map((u) => row('unit', u.unitId, u.name, u)),
    ],
  }));
  return { setId: index.setId, asOf: index.asOf, previousAsOf: index.previousAsOf, tables };
}
