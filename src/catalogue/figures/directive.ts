import type { ReportModel } from '../../compute/report-model';
import type { FigureRow } from '../figure-row';

const plans = (m: ReportModel) => m.documents.directive.filter((d) => d.type === 'ke_hoach').length;

/** Section A: the directive documents of the period. */
export const DIRECTIVE_FIGURES: readonly FigureRow[] = [
  {
    id: 'so_ke_hoach',
    label: 'số Kế hoạch chỉ đạo',
    unit: 'Kế hoạch',
    format: 'count',
    value: plans,
    claim: { section: 'A', when: (m) => plans(m) > 0 },
    prose: [{ before: 'ban hành' }],
  },
];
