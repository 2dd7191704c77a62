import { completeTotals } from '../domain/complete-totals';
import type { Dataset } from '../domain/dataset';
import { share, sumBy } from './sum';

/** The quantities of form 05b for one field or in total. */
export interface FeedbackCounts {
  readonly received: number;
  readonly aboutRegulations: number;
  readonly aboutConduct: number;
  readonly handled: number;
  readonly handledOnTime: number;
  readonly handledLate: number;
  readonly inProgress: number;
  readonly inProgressInTime: number;
  readonly inProgressOverdue: number;
  readonly published: number;
}

export interface FeedbackModel {
  readonly rows: readonly (FeedbackCounts & { readonly field: string })[];
  readonly total: FeedbackCounts;
  /** Handled or being handled: the "66" of seed 003's "66/66 (đạt 100%) các PAKN đã được … tiếp nhận, giải quyết". */
  readonly accepted: number;
  /** `accepted` as a share of received, in %. */
  readonly acceptedShare: number | null;
  /** Published as a share of handled, in % ("100% PAKN đã xử lý được công khai"); null when none is handled. */
  readonly publishedShare: number | null;
}

/** Form 05b: feedback (PAKN) per field and in total. */
export function computeFeedback(ds: Dataset): FeedbackModel | null {
  if (ds.feedback.length === 0) return null;
  const rows = ds.feedback.map((raw) => {
    const r = completeTotals('PAKN', raw);
    return {
      field: r.linh_vuc,
      received: r.tong_tiep_nhan ?? 0,
      aboutRegulations: r.ve_quy_dinh,
      aboutConduct: r.ve_hanh_vi,
      handled: r.tong_da_xu_ly ?? 0,
      handledOnTime: r.da_xu_ly_dung_han,
      handledLate: r.da_xu_ly_qua_han,
      inProgress: r.tong_dang_xu_ly ?? 0,
      inProgressInTime: r.dang_xu_ly_trong_han,
      inProgressOverdue: r.dang_xu_ly_qua_han,
      published: r.da_cong_khai,
    };
  });
  const keys = Object.keys(rows[0]!).filter((k) => k !== 'field') as (keyof FeedbackCounts)[];
  const total = Object.fromEntries(
    keys.map((k) => [k, sumBy(rows, (r) => r[k])]),
  ) as unknown as FeedbackCounts;
  const accepted = total.handled + total.inProgress;
  return {
    rows,
    total,
    accepted,
    acceptedShare: share(accepted, total.received),
    publishedShare: share(total.published, total.handled),
  };
}
