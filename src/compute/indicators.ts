import { compareCivilDate } from '../format';
import type { CivilDate } from '../format/calendar-types';
import type { Dataset, UnitGroup, UnitKind } from '../domain/dataset';

/** The indicators letters cite for one unit, at its latest date. */
export interface UnitIndicators {
  readonly unitId: string;
  readonly name: string;
  readonly displayName: string;
  readonly kind: UnitKind;
  readonly group: UnitGroup;
  readonly asOf: CivilDate;
  readonly overdueDossiers: number | null;
  readonly pausedDossiers: number | null;
  readonly onlineSubmissionRate: number | null;
  readonly onlinePaymentRate: number | null;
  readonly electronicCirculationRate: number | null;
  readonly dataReuseRate: number | null;
  readonly digitisationRate: number | null;
  /** Index of the unit's row in DonVi. */
  readonly unitOrder: number;
  /** Index of this latest row in ChiTieuDonVi: "the order the data gives" of footnote rules. */
  readonly dataOrder: number;
}

/** Latest indicators per unit, in DonVi order. */
export function computeIndicators(ds: Dataset): UnitIndicators[] {
  const out: UnitIndicators[] = [];
  const rows = ds.unitIndicators.map((row, index) => ({ row, index }));
  ds.units.forEach((u, unitOrder) => {
    const found = rows
      .filter((r) => r.row.ma_don_vi === u.id)
      .sort((a, b) => compareCivilDate(b.row.ngay, a.row.ngay))[0];
    if (!found) return;
    const latest = found.row;
    out.push({
      unitId: u.id,
      name: u.name,
      displayName: u.displayName,
      kind: u.kind,
      group: u.group,
      asOf: latest.ngay,
      overdueDossiers: latest.ho_so_qua_han,
      pausedDossiers: latest.ho_so_tam_dung,
      onlineSubmissionRate: latest.ty_le_nop_truc_tuyen,
      onlinePaymentRate: latest.ty_le_thanh_toan_truc_tuyen,
      electronicCirculationRate: latest.ty_le_luan_chuyen_dien_tu,
      dataReuseRate: latest.ty_le_tai_su_dung,
      digitisationRate: latest.ty_le_so_hoa,
      unitOrder,
      dataOrder: found.index,
    });
  });
  return out;
}
