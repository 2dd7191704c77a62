import type { DossierCounts } from '../../compute/dossiers';
import type { ReportModel } from '../../compute/report-model';
import { formatCount, formatPercent } from '../../format';

const n = (v: number) => formatCount(v);

/** The 06c quantities of one group (province, agencies, communes) under a key prefix. */
function dossierView(prefix: string, c: DossierCounts | null) {
  // A count like every other of the report: 1–9 with a leading zero ("03 hồ sơ").
  const v = (x: keyof DossierCounts) => n(c ? (c[x] as number) : 0);
  return {
    [`${prefix}_tiep_nhan`]: v('received'),
    [`${prefix}_truc_tuyen`]: v('online'),
    [`${prefix}_truc_tiep`]: v('direct'),
    [`${prefix}_ky_truoc`]: v('carriedOver'),
    [`${prefix}_da_giai_quyet`]: v('resolved'),
    [`${prefix}_truoc_han`]: v('early'),
    [`${prefix}_dung_han`]: v('onTime'),
    [`${prefix}_qua_han`]: v('late'),
    [`${prefix}_dang_giai_quyet`]: v('pending'),
    [`${prefix}_trong_han`]: v('pendingInTime'),
    [`${prefix}_dang_qua_han`]: v('pendingOverdue'),
  };
}

/** Section 6: dossiers of the province, its agencies and its communes. */
export function dossiersView(m: ReportModel) {
  const d = m.dossiers;
  return {
    ...dossierView('hs', d?.province ?? null),
    ...dossierView('sn', d?.agencies ?? null),
    ...dossierView('xa', d?.communes ?? null),
  };
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** Section 5: feedback (PAKN), with the conditions the wording depends on. */
export function feedbackView(m: ReportModel) {
  const f = m.feedback;
  const t = f?.total;
  const accepted = t ? t.handled + t.inProgress : 0;
  return {
    co_pakn: (t?.received ?? 0) > 0,
    pakn_tong: n(t?.received ?? 0),
    pakn_linh_vuc: (f?.rows ?? []).map((r) => lowerFirst(r.field)).join('; '),
    pakn_tiep_nhan_giai_quyet: n(accepted),
    pakn_ty_le_tiep_nhan: f?.acceptedShare != null ? formatPercent(f.acceptedShare) : '',
    pakn_ty_le_cong_khai: t && t.handled > 0 ? formatPercent((t.published / t.handled) * 100) : '',
    pakn_quy_dinh: n(t?.aboutRegulations ?? 0),
    pakn_hanh_vi: n(t?.aboutConduct ?? 0),
    pakn_dung_han: n(t?.handledOnTime ?? 0),
    pakn_qua_han: n(t?.handledLate ?? 0),
    co_pakn_qua_han: (t?.handledLate ?? 0) > 0,
    pakn_trong_han: n(t?.inProgressInTime ?? 0),
    pakn_dang_qua_han: n(t?.inProgressOverdue ?? 0),
    co_pakn_dang_qua_han: (t?.inProgressOverdue ?? 0) > 0,
  };
}

/**
 * A SoLieu figure the wording needs: a missing one is named in `missing` (the build reports it
 * as an error) and printed as "…" meanwhile, never as 0.
 */
const needed = (v: number | null, field: string, missing: string[], zeroAsKhong = false) => {
  if (v === null) {
    missing.push(field);
    return '…';
  }
  return formatCount(v, { zeroAsKhong });
};

/** Section 3: publication decisions and the TTHC under local authority. */
export function publicationsView(m: ReportModel, missing: string[]) {
  const p = m.publications;
  const s = m.figures.stock;
  return {
    cb_quyet_dinh: n(p?.decisionCount ?? 0),
    cb_van_ban: n(p?.total.legalDocuments ?? 0),
    cb_tthc: n(p?.total.total ?? 0),
    cb_sua_doi: n(p?.total.amended ?? 0),
    cb_moi: n(p?.total.created ?? 0),
    cb_bai_bo: n(p?.total.abolished ?? 0),
    tthc_dia_phuong: n(s.total),
    tthc_tw: n(s.central.total),
    tthc_tw_tinh: n(s.central.province),
    tthc_tw_xa: n(s.central.commune),
    tthc_dac_thu: n(s.specific.total),
    tthc_dac_thu_tinh: n(s.specific.province),
    tthc_dac_thu_xa: n(s.specific.commune),
    lt_cung_cap: needed(m.figures.interAgency.sameLevel, 'tthc_lien_thong_cung_cap', missing),
    lt_cac_cap: needed(m.figures.interAgency.acrossLevels, 'tthc_lien_thong_cac_cap', missing),
  };
}

const DRAFT_KIND_WORD: Record<string, string> = {
  nghi_quyet_hdnd: 'Nghị quyết',
  quyet_dinh_ubnd: 'Quyết định',
};

/** Sections 1 and 2: drafts of legal documents and their TTHC. */
export function draftsView(m: ReportModel) {
  const d = m.drafts;
  const kinds = Object.entries(d?.countByKind ?? {}).filter(([, c]) => c > 0);
  return {
    co_du_thao: (d?.count ?? 0) > 0,
    dt_mo_ta: kinds
      .map(([k, c]) => `${n(c)} dự thảo ${DRAFT_KIND_WORD[k] ?? 'văn bản'}`)
      .join(' và '),
    dt_so: n(d?.count ?? 0),
    dt_tthc: n(d?.total.total ?? 0),
    dt_danh_gia: n(d?.total.assessed ?? 0),
  };
}

/** Sections 4 and 7: reviews, internal TTHC and one-stop staff. */
export function otherFiguresView(m: ReportModel, missing: string[]) {
  const f = m.figures;
  const it = m.documents.internalTthc;
  return {
    kd_cat_giam: needed(f.businessRulesCut, 'quy_dinh_kinh_doanh_cat_giam', missing, true),
    tthc_phan_cap: needed(f.decentralised, 'tthc_phan_cap', missing, true),
    nb_quyet_dinh: n(it.decisions.length),
    nb_tong: n(it.total),
    nb_moi: n(it.newOrAmended),
    nb_bai_bo: n(it.abolished),
    nb_luy_ke: needed(f.internalTthcCumulative, 'tthc_noi_bo_luy_ke', missing),
    tt_tinh_tong: n(f.staff.centre.total),
    tt_tinh_cong_chuc: n(f.staff.centre.civilServants),
    tt_tinh_vien_chuc: n(f.staff.centre.publicEmployees),
    tt_tinh_hop_dong: n(f.staff.centre.contract),
    tt_xa_tong: n(f.staff.communes.total),
    tt_xa_cu: n(f.staff.communes.delegated),
    tt_xa_chuyen_trach: n(f.staff.communes.dedicated),
  };
}
