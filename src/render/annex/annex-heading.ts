import type { ReportModel } from '../../compute/report-model';
import { paragraph } from '../docx/paragraph';
import { run } from '../docx/run';
import { annexTitle, attachedTo } from './annex-text';

/** The heading of the forms annex (REFERENCE §5). */
export function annexHeading(m: ReportModel): string {
  return annexHeadingLines(annexTitle(m), attachedTo(m));
}

/** "Phụ lục", `title` in capitals and the italic "Kèm theo" line, centred (REFERENCE §5). */
export function annexHeadingLines(title: string, attached: string): string {
  return [
    paragraph(run('Phụ lục', { bold: true, size: 14 }), { style: 'Khung', keepNext: true }),
    paragraph(run(title, { bold: true, size: 14 }), {
      style: 'Khung',
      before: 3,
      keepNext: true,
    }),
    paragraph(run(attached, { italic: true, size: 14 }), {
      style: 'Khung',
      before: 3,
      after: 12,
      keepNext: true,
    }),
  ].join('');
}
