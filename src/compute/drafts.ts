import { DRAFT_KINDS } from '../contract/tables';
import { completeTotals } from '../domain/complete-totals';
import type { Dataset } from '../domain/dataset';
import { sumBy } from './sum';

export interface DraftRow {
  readonly name: string;
  readonly kind: string;
  readonly kindLabel: string;
  readonly drafter: string;
  readonly total: number;
  readonly created: number;
  readonly amended: number;
  readonly abolished: number;
  readonly assessed: number;
  readonly note: string;
}

export interface DraftsModel {
  readonly count: number;
  /** Drafts per kind, e.g. { nghi_quyet_hdnd: 3 }. */
  readonly countByKind: Readonly<Record<string, number>>;
  readonly rows: readonly DraftRow[];
  readonly total: Pick<DraftRow, 'total' | 'created' | 'amended' | 'abolished' | 'assessed'>;
}

/** Form II.02c: draft legal documents whose TTHC were reviewed. */
export function computeDrafts(ds: Dataset): DraftsModel | null {
  if (ds.drafts.length === 0) return null;
  const rows = ds.drafts.map((raw) => {
    const r = completeTotals('DuThao', raw);
    return {
      name: r.ten_du_thao,
      kind: r.loai_van_ban,
      kindLabel: DRAFT_KINDS.find((k) => k.value === r.loai_van_ban)?.label ?? r.loai_van_ban,
      drafter: r.co_quan_soan_thao,
      total: r.tong_tthc ?? 0,
      created: r.tthc_moi,
      amended: r.tthc_sua_doi,
      abolished: r.tthc_bai_bo,
      assessed: r.tthc_danh_gia_tac_dong,
      note: r.ket_qua ?? '',
    };
  });
  const countByKind: Record<string, number> = {};
  for (const r of rows) countByKind[r.kind] = (countByKind[r.kind] ?? 0) + 1;
  return {
    count: rows.length,
    countByKind,
    rows,
    total: {
      total: sumBy(rows, (r) => r.total),
      created: sumBy(rows, (r) => r.created),
      amended: sumBy(rows, (r) => r.amended),
      abolished: sumBy(rows, (r) => r.abolished),
      assessed: sumBy(rows, (r) => r.assessed),
    },
  };
}
