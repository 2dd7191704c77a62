import type { ReportModel } from '../../compute/report-model';
import { paragraph } from '../docx/paragraph';
import { run } from '../docx/run';
import { annexTitle, attachedTo } from './annex-text';

/** "Phụ lục", the title in capitals and the italic "Kèm theo" line, centred (REFERENCE §5). */
export function annexHeading(m: ReportModel): string {
  return [
    paragraph(run('Phụ lục', { bold: true, size: 14 }), { style: 'Khung', keepNext: true }),
    paragraph(run(annexTitle(m), { bold: true, size: 14 }), {
      style: 'Khung',
      before: 3,
      keepNext: true,
    }),
    paragraph(run(attachedTo(m), { italic: true, size: 14 }), {
      style: 'Khung',
      before: 3,
      after: 12,
      keepNext: true,
    }),
  ].join('');
}
