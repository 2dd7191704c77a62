import { completeTotals } from '../domain/complete-totals';
import type { CivilDate } from '../format/calendar-types';
import type { Dataset } from '../domain/dataset';
import { sumBy } from './sum';

export interface PublicationRow {
  readonly number: string;
  readonly date: CivilDate;
  readonly agency: string;
  readonly legalDocuments: number;
  readonly total: number;
  readonly created: number;
  readonly amended: number;
  readonly abolished: number;
  readonly onNationalDatabase: number;
}

export interface PublicationsModel {
  readonly decisionCount: number;
  readonly rows: readonly PublicationRow[];
  readonly total: Omit<PublicationRow, 'number' | 'date' | 'agency'>;
}

/** Form II.03b: the publication decisions of the period and their sums. */
export function computePublications(ds: Dataset): PublicationsModel | null {
  if (ds.publications.length === 0) return null;
  const rows = ds.publications.map((raw) => {
    const r = completeTotals('CongBo', raw);
    return {
      number: r.so_quyet_dinh,
      date: r.ngay_quyet_dinh,
      agency: r.co_quan_linh_vuc,
      legalDocuments: r.so_vbqppl,
      total: r.tong_tthc ?? 0,
      created: r.tthc_moi,
      amended: r.tthc_sua_doi,
      abolished: r.tthc_bai_bo,
      onNationalDatabase: r.tthc_dang_tai_csdlqg,
    };
  });
  return {
    decisionCount: rows.length,
    rows,
    total: {
      legalDocuments: sumBy(rows, (r) => r.legalDocuments),
      total: sumBy(rows, (r) => r.total),
      created: sumBy(rows, (r) => r.created),
      amended: sumBy(rows, (r) => r.amended),
      abolished: sumBy(rows, (r) => r.abolished),
      onNationalDatabase: sumBy(rows, (r) => r.onNationalDatabase),
    },
  };
}
