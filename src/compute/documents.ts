import { DOCUMENT_TYPES } from '../contract/tables';
import type { CivilDate } from '../format/calendar-types';
import type { Dataset } from '../domain/dataset';
import { sumBy } from './sum';

export interface DocumentRef {
  readonly type: string;
  /** "Kế hoạch", "Văn bản", "Quyết định", … as the report names them. */
  readonly typeLabel: string;
  readonly number: string;
  readonly date: CivilDate;
  readonly summary: string;
}

export interface DocumentsModel {
  /** Directive documents of the period (group chi_dao), in data order. */
  readonly directive: readonly DocumentRef[];
  /** Their count per type, e.g. { ke_hoach: 3, cong_van: 5 }. */
  readonly directiveCountByType: Readonly<Record<string, number>>;
  /** Decisions on TTHC independent of administrative boundaries (footnote 4 of seed 003). */
  readonly boundaryFree: readonly DocumentRef[];
  readonly internalTthc: {
    readonly decisions: readonly (DocumentRef & { newOrAmended: number; abolished: number })[];
    readonly newOrAmended: number;
    readonly abolished: number;
    readonly total: number;
  };
}

const TYPE_LABEL: Record<string, string> = { cong_van: 'Văn bản' };
const labelOf = (type: string) =>
  TYPE_LABEL[type] ?? DOCUMENT_TYPES.find((t) => t.value === type)?.label ?? type;

/** Documents issued in the period, grouped as the report cites them. */
export function computeDocuments(ds: Dataset): DocumentsModel {
  const refs = ds.documents.map((d) => ({
    group: d.nhom ?? 'chi_dao',
    ref: {
      type: d.loai,
      typeLabel: labelOf(d.loai),
      number: d.so_ky_hieu,
      date: d.ngay,
      summary: d.trich_yeu,
    },
  }));
  const directive = refs.filter((r) => r.group === 'chi_dao').map((r) => r.ref);
  const directiveCountByType: Record<string, number> = {};
  for (const d of directive) directiveCountByType[d.type] = (directiveCountByType[d.type] ?? 0) + 1;
  const decisions = ds.internalDecisions.map((d) => ({
    type: 'quyet_dinh',
    typeLabel: 'Quyết định',
    number: d.so_ky_hieu,
    date: d.ngay,
    summary: d.trich_yeu,
    newOrAmended: d.tthc_moi_sua_doi,
    abolished: d.tthc_bai_bo,
  }));
  const newOrAmended = sumBy(decisions, (d) => d.newOrAmended);
  const abolished = sumBy(decisions, (d) => d.abolished);
  return {
    directive,
    directiveCountByType,
    boundaryFree: refs.filter((r) => r.group === 'khong_phu_thuoc_dia_gioi').map((r) => r.ref),
    internalTthc: { decisions, newOrAmended, abolished, total: newOrAmended + abolished },
  };
}
