import { GROUP_COLUMNS, type GroupColumn, type IndicatorSet } from '../../contract/indicator-sets';
import { PROVINCE_UNIT_ID } from '../../contract/tables';
import type { CivilDate } from '../../format/calendar-types';
import type { Capture, PortalUnit } from '../../validate/portal-766/portal-capture';
import type { Mapped } from '../../validate/portal-766/map-departments';
import { rankByTotal } from './rank-by-total';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A row of ChiSo766 as the import writes it. */
export interface ReadingRow {
  readonly ma_don_vi: string;
  readonly ngay: CivilDate;
  readonly scores: Readonly<Record<GroupColumn, number | null>>;
  readonly tong_diem: number;
  /** Null for the province: the pages give no national rank. */
  readonly xep_hang: number | null;
}

/** A row of ChiSoThanhPhan766. */
export interface SubRow {
  readonly ma_don_vi: string;
  readonly ngay: CivilDate;
  readonly chi_so: string;
  readonly tu_so: number | null;
  readonly mau_so: number | null;
  readonly ty_le: number | null;
  readonly diem: number | null;
  readonly canh_bao: string | null;
  readonly noi_dung_canh_bao: string | null;
}

/** A row of DonViCong766. */
export interface PortalUnitRow {
  readonly ma_cong: string;
  readonly ma_so_cong: string | null;
  readonly ten_cong: string;
  readonly ma_don_vi: string;
}

export interface PortalTables {
  readonly readings: readonly ReadingRow[];
  readonly subs: readonly SubRow[];
  readonly units: readonly PortalUnitRow[];
}

/**
 * The 766 tables of one reading from the saved pages: for the province (TINH) and each
 * department, in the order of the set's first page, its group scores as the portal gives them,
 * the total (the sum of the group scores, as the portal composes it; it publishes no total),
 * the rank within agencies or communes (ties share a rank), and every sub-indicator with the
 * portal's flags. Pure: the captures are checked and the departments mapped before.
 */
export function portalTables(
  set: IndicatorSet,
  asOf: CivilDate,
  captures: readonly Capture[],
  mapped: readonly Mapped[],
): PortalTables {
  const byGroup = new Map(captures.map((c) => [c.group.column, c]));
  const unitIn = (c: Capture, id: string) => c.units.find((u) => u.id === id);
  const first = byGroup.get(set.groups[0]!.column)!;
  const order = new Map(first.units.map((u, i) => [u.id, i]));
  const rows = [...mapped].sort(
    (a, b) => (order.get(a.department.id) ?? 0) - (order.get(b.department.id) ?? 0),
  );
  const scoresOf = (pick: (c: Capture) => PortalUnit | undefined) => {
    const scores = Object.fromEntries(GROUP_COLUMNS.map((c) => [c, null])) as Record<
      GroupColumn,
      number | null
    >;
    for (const g of set.groups) scores[g.column] = pick(byGroup.get(g.column)!)?.score ?? null;
    const total = round2(set.groups.reduce((s, g) => s + (scores[g.column] ?? 0), 0));
    return { scores, total };
  };
  const province = scoresOf((c) => c.root);
  const units = rows.map((m) => ({ m, ...scoresOf((c) => unitIn(c, m.department.id)) }));
  const rankIn = new Map<string, number>();
  for (const group of ['so_nganh', 'xa_phuong'] as const) {
    const members = units.filter((u) => u.m.unit.group === group);
    const ranks = rankByTotal(members.map((u) => u.total));
    members.forEach((u, i) => rankIn.set(u.m.unit.id, ranks[i]!));
  }
  const readings: ReadingRow[] = [
    {
      ma_don_vi: PROVINCE_UNIT_ID,
      ngay: asOf,
      ...province,
      tong_diem: province.total,
      xep_hang: null,
    },
    ...units.map((u) => ({
      ma_don_vi: u.m.unit.id,
      ngay: asOf,
      scores: u.scores,
      tong_diem: u.total,
      xep_hang: rankIn.get(u.m.unit.id) ?? null,
    })),
  ];
  const subsOf = (id: string, pick: (c: Capture) => PortalUnit | undefined): SubRow[] =>
    set.groups.flatMap((g) =>
      g.subIndicators.flatMap((def) => {
        const s = pick(byGroup.get(g.column)!)?.subs.get(def.code);
        if (!s) return [];
        return [
          {
            ma_don_vi: id,
            ngay: asOf,
            chi_so: def.code,
            tu_so: s.numerator,
            mau_so: s.denominator,
            ty_le: s.ratio,
            diem: s.score,
            canh_bao: s.flag,
            noi_dung_canh_bao: s.flagMessage,
          },
        ];
      }),
    );
  return {
    readings: readings.map(({ ma_don_vi, ngay, scores, tong_diem, xep_hang }) => ({
      ma_don_vi,
      ngay,
      scores,
      tong_diem,
      xep_hang,
    })),
    subs: [
      ...subsOf(PROVINCE_UNIT_ID, (c) => c.root),
      ...rows.flatMap((m) => subsOf(m.unit.id, (c) => unitIn(c, m.department.id))),
    ],
    units: rows.map((m) => ({
      ma_cong: m.department.id,
      ma_so_cong: m.department.code,
      ten_cong: m.department.name,
      ma_don_vi: m.unit.id,
    })),
  };
}
