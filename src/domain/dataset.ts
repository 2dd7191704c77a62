import type { RecordOf } from '../contract/table';
import type * as T from '../contract/tables';
import type { Province } from './registry';
import type { Period } from '../format/calendar-types';
import type { Located, RowOrigin } from './origin';

type Rows<Def extends T.AnyTable> = readonly Located<RecordOf<Def>>[];

export type UnitKind = 'co_quan' | 'xa' | 'phuong' | 'dac_khu';
export type UnitGroup = 'so_nganh' | 'xa_phuong';

/** A unit with its defaults applied (display name, group). */
export interface Unit {
  readonly id: string;
  readonly kind: UnitKind;
  readonly name: string;
  readonly displayName: string;
  readonly group: UnitGroup;
}

/** The validated input of one province and one period: what compute works on. */
export interface Dataset {
  readonly meta: RecordOf<typeof T.reportMeta>;
  /** Where each ThongTin field was read, for rules that point at it. */
  readonly metaAt?: Readonly<Record<string, RowOrigin>>;
  readonly province: Province;
  readonly period: Period;
  readonly recipients: readonly string[];
  readonly distribution: readonly string[];
  readonly units: readonly Located<Unit>[];
  readonly dossiers: Rows<typeof T.dossiers>;
  readonly feedback: Rows<typeof T.feedback>;
  readonly publications: Rows<typeof T.publications>;
  readonly drafts: Rows<typeof T.drafts>;
  readonly documents: Rows<typeof T.documents>;
  readonly internalDecisions: Rows<typeof T.internalDecisions>;
  readonly figures: RecordOf<typeof T.figures>;
  readonly indexReadings: Rows<typeof T.indexReadings>;
  readonly indexAverages: Rows<typeof T.indexAverages>;
  readonly unitIndicators: Rows<typeof T.unitIndicators>;
  readonly subIndicatorReadings: Rows<typeof T.subIndicatorReadings>;
  readonly portalUnits: Rows<typeof T.portalUnits>;
}
