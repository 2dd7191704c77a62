import type { ReportModel } from '../../compute/report-model';
import { formatCount } from '../../format';
import { citationList, numberedCitationList } from './citation';

/** The four footnotes of seed 003, each listing documents of the data. */
export const FOOTNOTES = {
  ke_hoach: 1,
  van_ban: 2,
  noi_bo: 3,
  dia_gioi: 4,
} as const;

export type FootnoteKey = keyof typeof FOOTNOTES;

/** Footnote texts and the counts the sentences citing them print. */
export function footnotesView(m: ReportModel) {
  const plans = m.documents.directive.filter((d) => d.type === 'ke_hoach');
  const letters = m.documents.directive.filter((d) => d.type !== 'ke_hoach');
  return {
    co_ke_hoach: plans.length > 0,
    so_ke_hoach: formatCount(plans.length),
    co_van_ban_chi_dao: letters.length > 0,
    co_ca_hai: plans.length > 0 && letters.length > 0,
    chu_thich_ke_hoach: citationList(plans),
    chu_thich_van_ban: citationList(letters),
    chu_thich_noi_bo: citationList(m.documents.internalTthc.decisions),
    chu_thich_dia_gioi: numberedCitationList(m.documents.boundaryFree),
  };
}
