import { dossiers } from './dossiers';
import { documents, internalDecisions } from './documents';
import { drafts } from './drafts';
import { feedback } from './feedback';
import { figures } from './figures';
import {
  indexAverages,
  indexReadings,
  portalUnits,
  subIndicatorReadings,
  unitIndicators,
} from './index-766';
import { publications } from './publication';
import { distribution, recipients, reportMeta } from './report-meta';
import { units } from './units';

export * from './documents';
export * from './dossiers';
export * from './drafts';
export * from './feedback';
export * from './figures';
export * from './index-766';
export * from './publication';
export * from './report-meta';
export * from './units';

/** Every table of the data contract, in the order of the workbook and of docs/data.md. */
export const TABLES = [
  reportMeta,
  recipients,
  distribution,
  units,
  dossiers,
  feedback,
  publications,
  drafts,
  documents,
  internalDecisions,
  figures,
  indexReadings,
  indexAverages,
  unitIndicators,
  subIndicatorReadings,
  portalUnits,
] as const;

export type AnyTable = (typeof TABLES)[number];
export type TableId = AnyTable['id'];

/** Sheets of the init workbook that hold instructions and drop-down lists, not data. */
export const AUXILIARY_SHEETS = ['HuongDan', 'DanhMuc'] as const;
