import type { FrameLines } from '../../phrase/frame-lines';
import { paragraph } from '../docx/paragraph';
import { run } from '../docx/run';
import { table } from '../docx/table';
import { textWidth } from '../../format';
import { summaryLines } from './summary-lines';

/** The resolved frame of a letter: every line as it is printed. */
export type LetterHead = FrameLines;

const K = { style: 'Khung' } as const;
const line = (text: string, size: number, bold = false, italic = false) =>
  paragraph(run(text, { size, bold, italic }), K);

/** A box's cell margins and a millimetre for the reader's rounding. */
const MARGINS = 3;
/**
 * The header as real letters set it (seeds 000, 001, 004): 175 mm, 5 mm into each page margin
 * beyond the 165 mm of text, the left box 80 mm (its "V/v" lines about 75 mm: seed 004's "V/v
 * thúc đẩy thực hiện thủ tục hành chính,"), the right 95 mm (Quốc hiệu in bold 12 pt, 88 mm).
 */
const LEFT = 80;
const RIGHT = 95;
/** The widest a header may grow for a long place line, and the narrowest its left box. */
const MOST = 177;
const LEAST_LEFT = 70;

/**
 * The two boxes of the header (mm) and the size of the place line: 14 pt where it fits, else
 * 13 pt in a right box wide enough (Thành phố Hồ Chí Minh), the left box giving up room down to
 * what its longest issuing-body line needs. A box never takes a line it cannot hold on one line.
 */
function boxes(h: LetterHead): { widths: [number, number]; placeSize: number } {
  const body =
    Math.max(
      ...h.issuingBody.map((l) => textWidth(l, { size: 13, bold: true })),
      h.parentBody ? textWidth(h.parentBody.toLocaleUpperCase('vi'), { size: 13 }) : 0,
    ) + MARGINS;
  const place = (size: number) => textWidth(h.placeDate, { size, italic: true }) + MARGINS;
  const left = Math.ceil(Math.max(LEFT, body));
  if (place(14) <= RIGHT) return { widths: [left, RIGHT], placeSize: 14 };
  const right = Math.ceil(Math.max(RIGHT, place(13)));
  const squeezed = Math.ceil(Math.max(body, LEAST_LEFT, Math.min(left, MOST - right)));
  return { widths: [squeezed, right], placeSize: 13 };
}

/**
 * Header of a công văn (Nghị định 30/2020): issuing body with its rule, the number and the
 * "V/v" summary under it at left, in lines broken between phrases; Quốc hiệu, Tiêu ngữ with its
 * rule and the place and date at right.
 */
export function letterHead(h: LetterHead): string {
  const { widths, placeSize } = boxes(h);
  const vv = summaryLines(h.summary, widths[0] - MARGINS, { size: 12 }).join('\n');
  const left =
    (h.parentBody ? line(h.parentBody.toLocaleUpperCase('vi'), 13) : '') +
    h.issuingBody.map((l) => line(l, 13, true)).join('') +
    paragraph('', { ...K, ruleBelow: true, left: 22, right: 22, markSize: 4 }) +
    paragraph(run(h.numberLine, { size: 13 }), { ...K, before: 6 }) +
    paragraph(run(vv, { size: 12 }), { ...K, before: 3 });
  const right =
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, true) +
    line('Độc lập - Tự do - Hạnh phúc', 13, true) +
    paragraph('', { ...K, ruleBelow: true, left: 21, right: 21, markSize: 4 }) +
    paragraph(run(h.placeDate, { size: placeSize, italic: true }), { ...K, before: 6 });
  return table({
    widths,
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
