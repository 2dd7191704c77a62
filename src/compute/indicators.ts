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
  readonly onlineSubmissionRate: number | null;
  readonly onlinePaymentRate: number | null;
  readonly electronicCirculationRate: number | null;
  readonly dataReuseRate: number | null;
  readonly digitisationRate: number | null;
}

/** Latest indicators per unit, in DonVi order. */
export function computeIndicators(ds: Dataset): UnitIndicators[] {
  const out: UnitIndicators[] = [];
  for (const u of ds.units) {
    const latest = ds.unitIndicators
      .filter((r) => r.ma_don_vi === u.id)
      .sort((a, b) => compareCivilDate(b.ngay, a.ngay))[0];
    if (!latest) continue;
    out.push({
      unitId: u.id,
      name: u.name,
      displayName: u.displayName,
      kind: u.kind,
      group: u.group,
      asOf: latest.ngay,
      overdueDossiers: latest.ho_so_qua_han,
      onlineSubmissionRate: latest.ty_le_nop_truc_tuyen,
      onlinePaymentRate: latest.ty_le_thanh_toan_truc_tuyen,
      electronicCirculationRate: latest.ty_le_luan_chuyen_dien_tu,
      dataReuseRate: latest.ty_le_tai_su_dung,
      digitisationRate: latest.ty_le_so_hoa,
    });
  }
  return out;
}
