import type { IndicatorMetric } from '../contract/footnote-metrics';
import type { UnitIndicators } from './indicators';

const FIELDS = {
  ho_so_qua_han: 'overdueDossiers',
  ho_so_tam_dung: 'pausedDossiers',
  ty_le_nop_truc_tuyen: 'onlineSubmissionRate',
  ty_le_thanh_toan_truc_tuyen: 'onlinePaymentRate',
  ty_le_luan_chuyen_dien_tu: 'electronicCirculationRate',
  ty_le_tai_su_dung: 'dataReuseRate',
  ty_le_so_hoa: 'digitisationRate',
} as const satisfies Record<IndicatorMetric, keyof UnitIndicators>;

/** A unit's indicator by its ChiTieuDonVi column key; null when the cell was blank. */
export function indicatorValue(u: UnitIndicators, key: IndicatorMetric): number | null {
  return u[FIELDS[key]];
}
