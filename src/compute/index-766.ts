import { PROVINCE_UNIT_ID } from '../contract/tables';
import { compareCivilDate } from '../format';
import type { CivilDate } from '../format/calendar-types';
import type { Dataset, UnitGroup, UnitKind } from '../domain/dataset';
import { classify, DEFAULT_BANDS, type Band } from './classification';
import { rankTrend, scoreTrend, type Trend } from './trend';

export interface GroupScores {
  readonly transparency: number;
  readonly progress: number;
  readonly onlineService: number;
  readonly satisfaction: number;
  readonly digitisation: number;
}

export interface Reading {
  readonly scores: GroupScores;
  readonly total: number;
  readonly rank: number;
  readonly of: number;
  readonly classification: string;
}

export interface Comparison {
  readonly previous: Reading;
  readonly scoreChange: number;
  readonly rankChange: number;
  readonly scoreTrend: Trend;
  readonly rankTrend: Trend;
}

export interface RankedUnit extends Reading {
  readonly unitId: string;
  readonly name: string;
  readonly displayName: string;
  readonly kind: UnitKind;
  readonly comparison: Comparison | null;
  readonly belowNationalAverage: boolean | null;
}

export interface Index766Model {
  readonly asOf: CivilDate;
  readonly previousAsOf: CivilDate | null;
  readonly province: (Reading & { readonly comparison: Comparison | null }) | null;
  readonly groups: Readonly<Record<UnitGroup, readonly RankedUnit[]>>;
  readonly nationalAverage: Readonly<Record<'tinh' | UnitGroup, number | null>>;
}

type Row = Dataset['indexReadings'][number];

/** Provinces ranked nationally since 1/7/2025, when so_don_vi_xep_hang is blank. */
const PROVINCES_RANKED = 34;

function reading(r: Row, of: number, bands: readonly Band[]): Reading {
  const scores = {
    transparency: r.cong_khai_minh_bach,
    progress: r.tien_do_giai_quyet,
    onlineService: r.dich_vu_cong_truc_tuyen,
    satisfaction: r.muc_do_hai_long,
    digitisation: r.so_hoa_ho_so,
  };
  return {
    scores,
    total: r.tong_diem,
    rank: r.xep_hang,
    of: r.so_don_vi_xep_hang ?? of,
    classification: classify(r.tong_diem, bands),
  };
}

function compare(current: Reading, previous: Reading | null): Comparison | null {
  if (!previous) return null;
  return {
    previous,
    scoreChange: Math.round((current.total - previous.total) * 100) / 100,
    rankChange: previous.rank - current.rank,
    scoreTrend: scoreTrend(current.total, previous.total),
    rankTrend: rankTrend(current.rank, previous.rank),
  };
}

/** Index-766 standing of the province and its units at the latest reading, against the one before. */
export function computeIndex766(
  ds: Dataset,
  bands: readonly Band[] = DEFAULT_BANDS,
): Index766Model | null {
  const dates = [
    ...new Map(ds.indexReadings.map((r) => [JSON.stringify(r.ngay), r.ngay])).values(),
  ].sort((a, b) => compareCivilDate(b, a));
  const [asOf, previousAsOf = null] = dates;
  if (!asOf) return null;
  // Readings by unit and date, looked up once per unit rather than searched: a province
  // has up to ~180 units with two readings each, and the search made this step quadratic.
  const key = (id: string, d: CivilDate) => `${id}@${d.year}-${d.month}-${d.day}`;
  const readings = new Map<string, Row>();
  for (const r of ds.indexReadings) {
    const k = key(r.ma_don_vi, r.ngay);
    if (!readings.has(k)) readings.set(k, r);
  }
  const at = (d: CivilDate | null, id: string) => (d ? readings.get(key(id, d)) : undefined);
  const sizeOf = (g: UnitGroup) => ds.units.filter((u) => u.group === g && at(asOf, u.id)).length;
  const sizes = { so_nganh: sizeOf('so_nganh'), xa_phuong: sizeOf('xa_phuong') };
  const averageOf = (g: 'tinh' | UnitGroup) =>
    ds.indexAverages.find((a) => a.nhom === g && compareCivilDate(a.ngay, asOf) === 0)?.tong_diem ??
    null;
  const nationalAverage = {
    tinh: averageOf('tinh'),
    so_nganh: averageOf('so_nganh'),
    xa_phuong: averageOf('xa_phuong'),
  };
  const ranked = (g: UnitGroup): RankedUnit[] =>
    ds.units
      .filter((u) => u.group === g && at(asOf, u.id))
      .map((u) => {
        const cur = reading(at(asOf, u.id)!, sizes[g], bands);
        const prevRow = at(previousAsOf, u.id);
        const prev = prevRow ? reading(prevRow, sizes[g], bands) : null;
        const avg = nationalAverage[g];
        return {
          ...cur,
          unitId: u.id,
          name: u.name,
          displayName: u.displayName,
          kind: u.kind,
          comparison: compare(cur, prev),
          belowNationalAverage: avg === null ? null : cur.total < avg,
        };
      })
      .sort((a, b) => a.rank - b.rank);
  const provinceRow = at(asOf, PROVINCE_UNIT_ID);
  const provincePrev = at(previousAsOf, PROVINCE_UNIT_ID);
  const province = provinceRow ? reading(provinceRow, PROVINCES_RANKED, bands) : null;
  return {
    asOf,
    previousAsOf,
    province: province && {
      ...province,
      comparison: compare(
        province,
        provincePrev ? reading(provincePrev, PROVINCES_RANKED, bands) : null,
      ),
    },
    groups: { so_nganh: ranked('so_nganh'), xa_phuong: ranked('xa_phuong') },
    nationalAverage,
  };
}
