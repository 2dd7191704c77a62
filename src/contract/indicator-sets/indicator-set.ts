import type { CivilDate } from '../../format/calendar-types';

/**
 * The group columns of ChiSo766 (and TrungBinh766): every group any indicator set scores. A
 * set names the ones it scores; the others stay blank in its readings.
 */
export const GROUP_COLUMNS = [
  'cong_khai_minh_bach',
  'tien_do_giai_quyet',
  'dich_vu_cong_truc_tuyen',
  'thanh_toan_truc_tuyen',
  'muc_do_hai_long',
  'so_hoa_ho_so',
] as const;

export type GroupColumn = (typeof GROUP_COLUMNS)[number];

/** The name of each group in the computed model (`scores.transparency`, …). */
export const GROUP_KEYS = {
  cong_khai_minh_bach: 'transparency',
  tien_do_giai_quyet: 'progress',
  dich_vu_cong_truc_tuyen: 'onlineService',
  thanh_toan_truc_tuyen: 'payment',
  muc_do_hai_long: 'satisfaction',
  so_hoa_ho_so: 'digitisation',
} as const satisfies Record<GroupColumn, string>;

export type GroupKey = (typeof GROUP_KEYS)[GroupColumn];

/** The endpoints of the national portal's evaluation pages, one per group since 2026. */
export type PortalEndpoint =
  | 'transparency'
  | 'dvc-progress-tree'
  | 'provide-online-tree'
  | 'formality-online-payment-tree'
  | 'dossier-digitized'
  | 'handling-satisfaction';

/** Where the portal gives a sub-indicator: a metric code, or fields of a tree's unit record. */
export type PortalSource =
  | { readonly metric: string }
  | { readonly numerator: string; readonly denominator: string; readonly score?: 'score' }
  | { readonly score: 'totalScore' };

/**
 * One sub-indicator (chỉ số thành phần) of a group: what its numerator and denominator count,
 * its maximum (0 for one the portal shows without points), and where the portal gives it.
 */
export interface SubIndicatorDef {
  /** Its key in ChiSoThanhPhan766.chi_so and in footnote rules ("dong_bo_ho_so.ty_le"). */
  readonly code: string;
  /** The portal's name ("Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG"). */
  readonly name: string;
  readonly max: number;
  /** What the numerator counts ("hồ sơ đã đồng bộ"); '' when the portal gives none. */
  readonly numerator: string;
  /** What the denominator counts ("hồ sơ phải đồng bộ"). */
  readonly denominator: string;
  readonly portal?: PortalSource;
}

/** One group of an indicator set: its column, names, maximum and sub-indicators. */
export interface GroupDef {
  readonly column: GroupColumn;
  /** As the annex heads it: "Công khai, minh bạch". */
  readonly name: string;
  /** As a letter's sentence names it (seed 000): "Công khai minh bạch". */
  readonly letterName: string;
  readonly max: number;
  readonly subIndicators: readonly SubIndicatorDef[];
  readonly portal?: PortalEndpoint;
}

/**
 * An indicator set of Decision 766 as the national portal scores it from a date: its groups in
 * the order letters list them, and how the total is composed.
 */
export interface IndicatorSet {
  /** "2025", "2026": how messages and docs name it. */
  readonly id: string;
  readonly name: string;
  /** The first reading date it scores. */
  readonly from: CivilDate;
  readonly groups: readonly GroupDef[];
  /** The total is the sum of the group scores, out of `max`. */
  readonly total: { readonly compose: 'sum'; readonly max: number };
  /** Where the set was taken from, for docs/index-766.md. */
  readonly source: string;
}
