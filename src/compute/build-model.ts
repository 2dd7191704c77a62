import type { Dataset } from '../domain/dataset';
import { DEFAULT_BANDS, type Band } from './classification';
import { computeFrame } from './document-frame';
import { computeDocuments } from './documents';
import { computeDossiers } from './dossiers';
import { computeDrafts } from './drafts';
import { computeFeedback } from './feedback';
import { computeFigures } from './figures';
import { computeIndex766 } from './index-766';
import { computeIndicators } from './indicators';
import { computePeriod } from './period';
import { computePublications } from './publications';
import type { ReportModel } from './report-model';

export interface ComputeOptions {
  /** Classification bands of index 766; the defaults of REFERENCE §4 otherwise. */
  readonly bands?: readonly Band[];
}

/** Dataset in, report model out: pure, no clock (the report date is part of the data). */
export function buildModel(ds: Dataset, options: ComputeOptions = {}): ReportModel {
  return {
    schemaVersion: 1,
    province: ds.province,
    period: computePeriod(ds.period),
    frame: computeFrame(ds, 'BC-UBND'),
    unitCount: {
      agencies: ds.units.filter((u) => u.group === 'so_nganh').length,
      communes: ds.units.filter((u) => u.group === 'xa_phuong').length,
    },
    dossiers: computeDossiers(ds),
    feedback: computeFeedback(ds),
    publications: computePublications(ds),
    drafts: computeDrafts(ds),
    documents: computeDocuments(ds),
    figures: computeFigures(ds),
    index766: computeIndex766(ds, options.bands ?? DEFAULT_BANDS),
    indicators: computeIndicators(ds),
  };
}
