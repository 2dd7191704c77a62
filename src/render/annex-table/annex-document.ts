import type { UnitGroup } from '../../domain/dataset';
import type { AnnexTable } from '../../annexes/annex-column';

/** An annex of group tables (ranking, compliance): its heading lines and a table per group. */
export interface AnnexDocument<R> {
  /** In capitals; "\n" breaks the line. */
  readonly title: string;
  /** "(Kèm theo Văn bản số …)". */
  readonly attachedTo: string;
  /** "Số liệu tính đến ngày 25/8/2025". */
  readonly note: string;
  /** How to read the marks of the tables, or null. */
  readonly legend: string | null;
  readonly groups: readonly { readonly group: UnitGroup; readonly table: AnnexTable<R> }[];
}
