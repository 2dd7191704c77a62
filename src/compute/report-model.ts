import type { Province } from '../domain/registry';
import type { DocumentFrame } from './document-frame';
import type { DocumentsModel } from './documents';
import type { DossiersModel } from './dossiers';
import type { DraftsModel } from './drafts';
import type { FeedbackModel } from './feedback';
import type { FiguresModel } from './figures';
import type { Index766Model } from './index-766';
import type { UnitIndicators } from './indicators';
import type { PeriodModel } from './period';
import type { PublicationsModel } from './publications';

/**
 * Everything the documents say, computed from the data. Every figure of every output
 * comes from here; templates hold none. Sections are null when their table is empty.
 */
export interface ReportModel {
  readonly schemaVersion: 1;
  readonly province: Province;
  readonly period: PeriodModel;
  readonly frame: DocumentFrame;
  readonly unitCount: { readonly agencies: number; readonly communes: number };
  readonly dossiers: DossiersModel | null;
  readonly feedback: FeedbackModel | null;
  readonly publications: PublicationsModel | null;
  readonly drafts: DraftsModel | null;
  readonly documents: DocumentsModel;
  readonly figures: FiguresModel;
  readonly index766: Index766Model | null;
  readonly indicators: readonly UnitIndicators[];
}
