import { z } from 'zod';
import type { IndicatorMetric } from './footnote-metrics';

/** Indicators that carry a minimum target (seed 001): the rest of ChiTieuDonVi has none. */
export const TARGET_INDICATORS = [
  'ty_le_nop_truc_tuyen',
  'ty_le_thanh_toan_truc_tuyen',
  'ty_le_luan_chuyen_dien_tu',
  'ty_le_tai_su_dung',
] as const satisfies readonly IndicatorMetric[];

export type TargetIndicator = (typeof TARGET_INDICATORS)[number];
export type Targets = Readonly<Record<TargetIndicator, number>>;

/**
 * Minimum rates in percent set by seed 001 (công văn of UBND tỉnh Lào Cai, 2025): 65 % of
 * dossiers submitted online, 65 % paid online, 80 % circulated internally on the system, 50 %
 * reusing digitised data. A province with other targets overrides them in its rule file.
 */
export const DEFAULT_TARGETS: Targets = {
  ty_le_nop_truc_tuyen: 65,
  ty_le_thanh_toan_truc_tuyen: 65,
  ty_le_luan_chuyen_dien_tu: 80,
  ty_le_tai_su_dung: 50,
};

const rate = z.number().min(0).max(100);

/** The `targets` section of a rule file: any target left out keeps its default. */
export const TARGETS_SCHEMA = z
  .strictObject({
    ty_le_nop_truc_tuyen: rate.optional(),
    ty_le_thanh_toan_truc_tuyen: rate.optional(),
    ty_le_luan_chuyen_dien_tu: rate.optional(),
    ty_le_tai_su_dung: rate.optional(),
  })
  .transform((t): Targets => ({
    ty_le_nop_truc_tuyen: t.ty_le_nop_truc_tuyen ?? DEFAULT_TARGETS.ty_le_nop_truc_tuyen,
    ty_le_thanh_toan_truc_tuyen:
      t.ty_le_thanh_toan_truc_tuyen ?? DEFAULT_TARGETS.ty_le_thanh_toan_truc_tuyen,
    ty_le_luan_chuyen_dien_tu:
      t.ty_le_luan_chuyen_dien_tu ?? DEFAULT_TARGETS.ty_le_luan_chuyen_dien_tu,
    ty_le_tai_su_dung: t.ty_le_tai_su_dung ?? DEFAULT_TARGETS.ty_le_tai_su_dung,
  }));
