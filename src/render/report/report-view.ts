import type { ReportModel } from '../../compute/report-model';
import { formatDateNumeric, provinceMention } from '../../format';
import { form05b } from '../../forms/form-05b';
import { form06c } from '../../forms/form-06c';
import { formII02c } from '../../forms/form-ii-02c';
import { formII03b } from '../../forms/form-ii-03b';
import { footnotesView } from './footnotes-view';
import { frameView } from './view-frame';
import {
  dossiersView,
  draftsView,
  feedbackView,
  otherFiguresView,
  publicationsView,
} from './view-figures';

/** Local government has two tiers since this day; cumulative counts of internal TTHC start here. */
const TWO_TIER_START = { year: 2025, month: 7, day: 1 };

/** Period, province and form names the sentences use. */
function contextView(m: ReportModel) {
  return {
    tinh: m.province.name,
    dia_ban: provinceMention(m.province.name),
    ky: m.period.title,
    ky_tu_ngay: formatDateNumeric(m.period.from),
    ky_den_ngay: formatDateNumeric(m.period.to),
    ky_sau: m.period.nextTitle,
    ky_sau_hoa: m.period.nextTitle.toLocaleUpperCase('vi'),
    ngay_hai_cap: formatDateNumeric(TWO_TIER_START),
    bieu_ii_02c: formII02c.code,
    bieu_ii_03b: formII03b.code,
    bieu_05b: form05b.code,
    bieu_06c: form06c.code,
  };
}

/** Every value the report template reads, already written the Vietnamese way. */
export type ReportView = Readonly<Record<string, string | boolean | readonly { dong: string }[]>>;

/**
 * The report model as the template's tags: flat names, texts already formatted. `missing`
 * collects SoLieu fields the wording needs and the data lacks.
 */
export function reportView(m: ReportModel): { view: ReportView; missing: string[] } {
  const missing: string[] = [];
  const view = {
    ...contextView(m),
    ...frameView(m),
    ...footnotesView(m),
    ...draftsView(m),
    ...publicationsView(m, missing),
    ...otherFiguresView(m, missing),
    ...feedbackView(m),
    ...dossiersView(m),
  };
  return { view, missing };
}
