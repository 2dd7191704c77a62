import type { FrameLines } from '../../phrase/frame-lines';
import { paragraph } from '../docx/paragraph';
import { run } from '../docx/run';
import { table } from '../docx/table';

/** The resolved frame of a letter: every line as it is printed. */
export type LetterHead = FrameLines;

const K = { style: 'Khung' } as const;
const line = (text: string, size: number, bold = false, italic = false) =>
  paragraph(run(text, { size, bold, italic }), K);

/**
 * Header of a công văn (Nghị định 30/2020): issuing body with its rule, the number and the
 * "V/v" summary under it at left; Quốc hiệu, Tiêu ngữ with its rule and the place and date at right.
 */
export function letterHead(h: LetterHead): string {
  const left =
    (h.parentBody ? line(h.parentBody.toLocaleUpperCase('vi'), 13) : '') +
    h.issuingBody.map((l) => line(l, 13, true)).join('') +
    paragraph('', { ...K, ruleBelow: true, left: 22, right: 22, markSize: 4 }) +
    paragraph(run(h.numberLine, { size: 13 }), { ...K, before: 6 }) +
    paragraph(run(h.summary, { size: 12 }), { ...K, before: 3 });
  const right =
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, true) +
    line('Độc lập - Tự do - Hạnh phúc', 13, true) +
    paragraph('', { ...K, ruleBelow: true, left: 21, right: 21, markSize: 4 }) +
    paragraph(run(h.placeDate, { size: 14, italic: true }), { ...K, before: 6 });
  return table({
    widths: [68, 97],
    borders: false,
    rows: [{ cells: [{ content: left }, { content: right }] }],
  });
}

/**
 * "Kính gửi: Bộ Tư pháp." for one recipient; for several, "Kính gửi:" then one "- …;" line each,
 * the last ending with a full stop.
 */
export function recipients(list: readonly string[]): string {
  const trim = (s: string) => s.replace(/[;.,]\s*$/u, '');
  if (list.length === 1)
    return paragraph(run(`Kính gửi: ${trim(list[0]!)}.`), {
      align: 'center',
      firstLine: 0,
      before: 12,
      after: 12,
    });
  const items = list.map((r, i) =>
    paragraph(run(`- ${trim(r)}${i === list.length - 1 ? '.' : ';'}`), {
      left: 45,
      firstLine: 0,
      after: 0,
      align: 'left',
    }),
  );
  return (
    paragraph(run('Kính gửi:'), { left: 25, firstLine: 0, before: 12, after: 0, align: 'left' }) +
    items.join('') +
    paragraph('', { after: 6, markSize: 6 })
  );
}
