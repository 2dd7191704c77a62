import { z } from 'zod';
import { isMetric, type IndicatorMetric, type Metric } from './footnote-metrics';

/** Indicators that carry a minimum target by default (seed 001). */
export const TARGET_INDICATORS = [
  'ty_le_nop_truc_tuyen',
  'ty_le_thanh_toan_truc_tuyen',
  'ty_le_luan_chuyen_dien_tu',
  'ty_le_tai_su_dung',
] as const satisfies readonly IndicatorMetric[];

export type TargetIndicator = (typeof TARGET_INDICATORS)[number];

/**
 * Minimum values by metric: seed 001's four rates, and any other metric a rule file sets one for
 * (`dong_bo_ho_so.ty_le: 100`, "mục tiêu đề ra 100%").
 */
export type Targets = Readonly<Record<TargetIndicator, number>> &
  Readonly<Partial<Record<Metric, number>>>;

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

/**
 * The `targets` section of a rule file: a minimum for any metric; seed 001's four keep their
 * default when left out. A key that is no metric is reported with the metric it resembles
 * (validate/footnote-rules.ts reads `params.metric`).
 */
export const TARGETS_SCHEMA = z
  .record(z.string(), z.number().min(0))
  .superRefine((t, ctx) => {
    for (const [key, value] of Object.entries(t))
      if (!isMetric(key))
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `"${key}" không phải chỉ số của dữ liệu`,
          params: { metric: key },
        });
      else if (isRate(key) && value > 100)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `Chỉ tiêu của một tỷ lệ không quá 100 (nhận được ${value})`,
        });
  })
  .transform((t): Targets => ({ ...DEFAULT_TARGETS, ...t }));

/** Rates in percent: the ty_le_ columns of ChiTieuDonVi and the ratio of a sub-indicator. */
const isRate = (metric: string) => metric.startsWith('ty_le_') || metric.endsWith('.ty_le');

/** The target of a metric, or undefined when the rule file and the defaults set none. */
export const targetOf = (targets: Targets, metric: string): number | undefined =>
  (targets as Readonly<Record<string, number | undefined>>)[metric];
