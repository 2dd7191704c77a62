import {
  GROUP_COLUMNS,
  GROUP_KEYS,
  setInForce,
  type GroupColumn,
  type GroupKey,
} from '../contract/indicator-sets';
import { PROVINCE_UNIT_ID } from '../contract/tables';
import { compareCivilDate } from '../format';
import type { CivilDate } from '../format/calendar-types';
import type { Dataset, UnitGroup, UnitKind } from '../domain/dataset';
import { classify, DEFAULT_BANDS, type Band } from './classification';
import { rankTrend, scoreTrend, type Trend } from './trend';

/**
 * The group scores of a reading, by the model's names of the groups. A group the reading's
 * indicator set does not score is null (online payment before 2026), never 0.
 */
export interface GroupScores {
  readonly transparency: number;
  readonly progress: number;
  readonly onlineService: number;
  readonly payment: number | null;
  readonly satisfaction: number;
  readonly digitisation: number;
}

/** One sub-indicator of a unit at a reading, as the data gives it; null stays null. */
export interface SubReading {
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly ratio: number | null;
  readonly score: number | null;
  /** The portal's data-quality flag ("TEMP_NATIONAL_REPORT_DENOMINATOR"), or null. */
  readonly flag: string | null;
}

export interface Reading {
  readonly scores: GroupScores;
  readonly total: number;
  /** Null only for the province when its national rank is not known. */
  readonly rank: number | null;
  readonly of: number;
  readonly classification: string;
  /** Sub-indicators by code (ChiSoThanhPhan766), empty when the data has none. */
  readonly subIndicators: Readonly<Record<string, SubReading>>;
}

export interface Comparison {
  readonly previous: Reading;
  readonly scoreChange: number;
  /** Null when either reading has no rank. */
  readonly rankChange: number | null;
  readonly scoreTrend: Trend;
  readonly rankTrend: Trend | null;
}

export interface RankedUnit extends Reading {
  readonly rank: number;
  readonly unitId: string;
  readonly name: string;
  readonly displayName: string;
  readonly kind: UnitKind;
  readonly comparison: Comparison | null;
  readonly belowNationalAverage: boolean | null;
  /** Index of its row in ChiSo766: "the order the data gives" of footnote rules. */
  readonly dataOrder: number;
  /** Index of its row in DonVi. */
  readonly unitOrder: number;
}

/** National averages of one group of TrungBinh766 (provinces, agencies, communes). */
export interface NationalScores {
  readonly total: number | null;
  readonly scores: Readonly<Partial<Record<GroupKey, number | null>>>;
}

export interface Index766Model {
  /** The indicator set in force at the reading date (src/contract/indicator-sets). */
  readonly setId: string;
  readonly asOf: CivilDate;
  /** The latest earlier reading scored by the same set; null without one. */
  readonly previousAsOf: CivilDate | null;
  readonly province: (Reading & { readonly comparison: Comparison | null }) | null;
  readonly groups: Readonly<Record<UnitGroup, readonly RankedUnit[]>>;
  readonly nationalAverage: Readonly<Record<'tinh' | UnitGroup, number | null>>;
  readonly nationalScores: Readonly<Record<'tinh' | UnitGroup, NationalScores>>;
}

type Row = Dataset['indexReadings'][number];
type SubRow = Dataset['subIndicatorReadings'][number];

/** Provinces ranked nationally since 1/7/2025, when so_don_vi_xep_hang is blank. */
const PROVINCES_RANKED = 34;

const dateKey = (d: CivilDate) => `${d.year}-${d.month}-${d.day}`;

function scoresOf(r: Readonly<Partial<Record<GroupColumn, number | null>>>): GroupScores {
  const out: Record<string, number | null> = {};
  for (const c of GROUP_COLUMNS) out[GROUP_KEYS[c]] = r[c] ?? null;
  return out as unknown as GroupScores;
}

function reading(
  r: Row,
  of: number,
  bands: readonly Band[],
  subs: Readonly<Record<string, SubReading>>,
): Reading {
  return {
    scores: scoresOf(r),
    total: r.tong_diem,
    rank: r.xep_hang,
    of: r.so_don_vi_xep_hang ?? of,
    classification: classify(r.tong_diem, bands),
    subIndicators: subs,
  };
}

function compare(current: Reading, previous: Reading | null): Comparison | null {
  if (!previous) return null;
  const ranked = current.rank !== null && previous.rank !== null;
  return {
    previous,
    scoreChange: Math.round((current.total - previous.total) * 100) / 100,
    rankChange: ranked ? previous.rank! - current.rank! : null,
    scoreTrend: scoreTrend(current.total, previous.total),
    rankTrend: ranked ? rankTrend(current.rank!, previous.rank!) : null,
  };
}

/** Sub-indicators by unit and date: `${unit}@${date}` → code → reading. */
function subIndex(rows: readonly SubRow[]): Map<string, Record<string, SubReading>> {
  const out = new Map<string, Record<string, SubReading>>();
  for (const r of rows) {
    const k = `${r.ma_don_vi}@${dateKey(r.ngay)}`;
    const entry = out.get(k) ?? {};
    entry[r.chi_so] ??= {
      numerator: r.tu_so,
      denominator: r.mau_so,
      ratio: r.ty_le,
      score: r.diem,
      flag: r.canh_bao,
    };
    out.set(k, entry);
  }
  return out;
}

/** The reading dates, latest first, and the one compared with: the latest under the same set. */
function readingDates(ds: Dataset): { asOf: CivilDate; previousAsOf: CivilDate | null } | null {
  const dates = [...new Map(ds.indexReadings.map((r) => [dateKey(r.ngay), r.ngay])).values()].sort(
    (a, b) => compareCivilDate(b, a),
  );
  const [asOf, ...earlier] = dates;
  if (!asOf) return null;
  // Scores of two indicator sets are on different bases (2025: five groups; 2026: six): a
  // reading of another set is never the one compared with.
  const set = setInForce(asOf)?.id;
  const previousAsOf = earlier.find((d) => setInForce(d)?.id === set) ?? null;
  return { asOf, previousAsOf };
}

/** Index-766 standing of the province and its units at the latest reading, against the one before. */
export function computeIndex766(
  ds: Dataset,
  bands: readonly Band[] = DEFAULT_BANDS,
): Index766Model | null {
  const dates = readingDates(ds);
  if (!dates) return null;
  const { asOf, previousAsOf } = dates;
  // Readings by unit and date, looked up once per unit rather than searched: a province
  // has up to ~180 units with two readings each, and the search made this step quadratic.
  const key = (id: string, d: CivilDate) => `${id}@${dateKey(d)}`;
  const readings = new Map<string, { row: Row; index: number }>();
  ds.indexReadings.forEach((r, index) => {
    const k = key(r.ma_don_vi, r.ngay);
    if (!readings.has(k)) readings.set(k, { row: r, index });
  });
  const subs = subIndex(ds.subIndicatorReadings);
  const subsOf = (id: string, d: CivilDate) => subs.get(key(id, d)) ?? {};
  const at = (d: CivilDate | null, id: string) => (d ? readings.get(key(id, d)) : undefined);
  const sizeOf = (g: UnitGroup) => ds.units.filter((u) => u.group === g && at(asOf, u.id)).length;
  const sizes = { so_nganh: sizeOf('so_nganh'), xa_phuong: sizeOf('xa_phuong') };
  const averageRow = (g: 'tinh' | UnitGroup) =>
    ds.indexAverages.find((a) => a.nhom === g && compareCivilDate(a.ngay, asOf) === 0);
  const national = (g: 'tinh' | UnitGroup): NationalScores => {
    const row = averageRow(g);
    return { total: row?.tong_diem ?? null, scores: row ? scoresOf(row) : {} };
  };
  const nationalScores = {
    tinh: national('tinh'),
    so_nganh: national('so_nganh'),
    xa_phuong: national('xa_phuong'),
  };
  const nationalAverage = {
    tinh: nationalScores.tinh.total,
    so_nganh: nationalScores.so_nganh.total,
    xa_phuong: nationalScores.xa_phuong.total,
  };
  const ranked = (g: UnitGroup): RankedUnit[] =>
    ds.units
      .map((u, unitOrder) => ({ u, unitOrder }))
      .filter(({ u }) => u.group === g && at(asOf, u.id))
      .map(({ u, unitOrder }) => {
        const now = at(asOf, u.id)!;
        const cur = reading(now.row, sizes[g], bands, subsOf(u.id, asOf));
        const prevRow = at(previousAsOf, u.id);
        const prev = prevRow
          ? reading(prevRow.row, sizes[g], bands, subsOf(u.id, previousAsOf!))
          : null;
        const avg = nationalAverage[g];
        return {
          ...cur,
          // Validation requires a unit's rank (ranksAreSequences): only the province may lack one.
          rank: cur.rank ?? 0,
          unitId: u.id,
          name: u.name,
          displayName: u.displayName,
          kind: u.kind,
          comparison: compare(cur, prev),
          belowNationalAverage: avg === null ? null : cur.total < avg,
          dataOrder: now.index,
          unitOrder,
        };
      })
      .sort((a, b) => a.rank - b.rank);
  const provinceRow = at(asOf, PROVINCE_UNIT_ID);
  const provincePrev = at(previousAsOf, PROVINCE_UNIT_ID);
  const province = provinceRow
    ? reading(provinceRow.row, PROVINCES_RANKED, bands, subsOf(PROVINCE_UNIT_ID, asOf))
    : null;
  return {
    setId: setInForce(asOf)?.id ?? '',
    asOf,
    previousAsOf,
    province: province && {
      ...province,
      comparison: compare(
        province,
        provincePrev
          ? reading(
              provincePrev.row,
              PROVINCES_RANKED,
              bands,
              subsOf(PROVINCE_UNIT_ID, previousAsOf!),
            )
          : null,
      ),
    },
    groups: { so_nganh: ranked('so_nganh'), xa_phuong: ranked('xa_phuong') },
    nationalAverage,
    nationalScores,
  };
}
