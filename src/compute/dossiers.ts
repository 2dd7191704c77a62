import { completeTotals } from '../domain/complete-totals';
import type { Dataset, UnitGroup } from '../domain/dataset';
import { share, sumBy } from './sum';

/** The quantities of form 06c for one row, group or the whole province. */
export interface DossierCounts {
  readonly received: number;
  readonly online: number;
  readonly direct: number;
  readonly carriedOver: number;
  readonly resolved: number;
  readonly early: number;
  readonly onTime: number;
  readonly late: number;
  readonly pending: number;
  readonly pendingInTime: number;
  readonly pendingOverdue: number;
}

export interface DossierRow extends DossierCounts {
  readonly unitId: string;
  readonly unitName: string;
  readonly group: UnitGroup;
}

export interface DossiersModel {
  readonly rows: readonly DossierRow[];
  readonly agencies: DossierCounts;
  readonly communes: DossierCounts;
  readonly province: DossierCounts;
  /** Online share of newly received dossiers, in %. */
  readonly onlineShare: number | null;
  /** Resolved early or on time, as a share of resolved dossiers, in %. */
  readonly onTimeShare: number | null;
}

const KEYS: readonly (keyof DossierCounts)[] = [
  'received',
  'online',
  'direct',
  'carriedOver',
  'resolved',
  'early',
  'onTime',
  'late',
  'pending',
  'pendingInTime',
  'pendingOverdue',
];

function total(rows: readonly DossierCounts[]): DossierCounts {
  return Object.fromEntries(
    KEYS.map((k) => [k, sumBy(rows, (r) => r[k])]),
  ) as unknown as DossierCounts;
}

/** Form 06c per unit (fields summed), per group and for the province, in DonVi order. */
export function computeDossiers(ds: Dataset): DossiersModel | null {
  if (ds.dossiers.length === 0) return null;
  const rows: DossierRow[] = [];
  for (const unit of ds.units) {
    const own = ds.dossiers
      .filter((d) => d.ma_don_vi === unit.id)
      .map((d) => completeTotals('HoSo', d));
    if (own.length === 0) continue;
    rows.push({
      unitId: unit.id,
      unitName: unit.name,
      group: unit.group,
      received: sumBy(own, (d) => d.tong_tiep_nhan),
      online: sumBy(own, (d) => d.tiep_nhan_truc_tuyen),
      direct: sumBy(own, (d) => d.tiep_nhan_truc_tiep),
      carriedOver: sumBy(own, (d) => d.ky_truoc_chuyen_sang),
      resolved: sumBy(own, (d) => d.tong_da_giai_quyet),
      early: sumBy(own, (d) => d.giai_quyet_truoc_han),
      onTime: sumBy(own, (d) => d.giai_quyet_dung_han),
      late: sumBy(own, (d) => d.giai_quyet_qua_han),
      pending: sumBy(own, (d) => d.tong_dang_giai_quyet),
      pendingInTime: sumBy(own, (d) => d.dang_giai_quyet_trong_han),
      pendingOverdue: sumBy(own, (d) => d.dang_giai_quyet_qua_han),
    });
  }
  const province = total(rows);
  return {
    rows,
    agencies: total(rows.filter((r) => r.group === 'so_nganh')),
    communes: total(rows.filter((r) => r.group === 'xa_phuong')),
    province,
    onlineShare: share(province.online, province.online + province.direct),
    onTimeShare: share(province.early + province.onTime, province.resolved),
  };
}
