import type { Dataset } from '../domain/dataset';

const n = (v: number | null) => v ?? 0;

export interface FiguresModel {
  /** TTHC under local authority (REFERENCE §8: 2.148 = 2.138 central + 10 specific). */
  readonly stock: {
    readonly central: {
      readonly province: number;
      readonly commune: number;
      readonly total: number;
    };
    readonly specific: {
      readonly province: number;
      readonly commune: number;
      readonly total: number;
    };
    readonly total: number;
  };
  readonly interAgency: { readonly sameLevel: number | null; readonly acrossLevels: number | null };
  readonly internalTthcCumulative: number | null;
  /** Publications before the period since 1/7/2025 (SoLieu), for running totals. */
  readonly publishedBefore: {
    readonly decisions: number | null;
    readonly procedures: number | null;
  };
  readonly businessRulesCut: number | null;
  readonly decentralised: number | null;
  /** One-stop staff: the provincial centre and the communes' centres. */
  readonly staff: {
    readonly centre: {
      readonly civilServants: number;
      readonly publicEmployees: number;
      readonly contract: number;
      readonly total: number;
    };
    readonly communes: {
      readonly delegated: number;
      readonly dedicated: number;
      readonly total: number;
    };
  };
}

/** The other figures of the report, with their totals. */
export function computeFigures(ds: Dataset): FiguresModel {
  const f = ds.figures;
  const central = { province: n(f.tthc_tw_cap_tinh), commune: n(f.tthc_tw_cap_xa) };
  const specific = { province: n(f.tthc_dac_thu_cap_tinh), commune: n(f.tthc_dac_thu_cap_xa) };
  const centralTotal = central.province + central.commune;
  const specificTotal = specific.province + specific.commune;
  const centre = {
    civilServants: n(f.tt_tinh_cong_chuc),
    publicEmployees: n(f.tt_tinh_vien_chuc),
    contract: n(f.tt_tinh_hop_dong),
  };
  const communes = { delegated: n(f.tt_xa_cong_chuc_cu), dedicated: n(f.tt_xa_chuyen_trach) };
  return {
    stock: {
      central: { ...central, total: centralTotal },
      specific: { ...specific, total: specificTotal },
      total: centralTotal + specificTotal,
    },
    interAgency: { sameLevel: f.tthc_lien_thong_cung_cap, acrossLevels: f.tthc_lien_thong_cac_cap },
    internalTthcCumulative: f.tthc_noi_bo_luy_ke,
    publishedBefore: { decisions: f.qd_cong_bo_truoc_ky, procedures: f.tthc_cong_bo_truoc_ky },
    businessRulesCut: f.quy_dinh_kinh_doanh_cat_giam,
    decentralised: f.tthc_phan_cap,
    staff: {
      centre: { ...centre, total: centre.civilServants + centre.publicEmployees + centre.contract },
      communes: { ...communes, total: communes.delegated + communes.dedicated },
    },
  };
}
