import type { FormTable } from '../../forms';
import type { FormFrame } from '../../forms/form-frame';
import { paragraph } from '../docx/paragraph';
import { run } from '../docx/run';
import { table } from '../docx/table';
import { LANDSCAPE_TEXT_WIDTH } from '../../annexes/page';

const RIGHT_BLOCK = 110;

/**
 * The lines above a form's table: form code at the left with reporter and receiver at the
 * right (a borderless table holds them side by side), the title, the period and the unit.
 */
export function formTop(t: FormTable, frame: FormFrame): string {
  const side = table({
    widths: [LANDSCAPE_TEXT_WIDTH - RIGHT_BLOCK, RIGHT_BLOCK],
    borders: false,
    rows: [
      {
        cells: [
          {
            content: paragraph(run(t.form.fullCode, { bold: true, size: 12 }), {
              style: 'Khung',
              align: 'left',
            }),
          },
          {
            content:
              paragraph(run(frame.reporter, { size: 12 }), { style: 'Khung', align: 'left' }) +
              paragraph(run(frame.receiver, { size: 12 }), { style: 'Khung', align: 'left' }),
          },
        ],
      },
    ],
  });
  return [
    side,
    paragraph(run(t.form.title.toLocaleUpperCase('vi'), { bold: true }), {
      style: 'Khung',
      before: 12,
      keepNext: true,
    }),
    paragraph(run(frame.period, { italic: true, size: 13 }), {
      style: 'Khung',
      before: 3,
      keepNext: true,
    }),
    paragraph(run(`Đơn vị tính: ${t.form.unit}`, { italic: true, size: 12 }), {
      style: 'Khung',
      align: 'right',
      before: 3,
      after: 3,
      keepNext: true,
    }),
  ].join('');
}
