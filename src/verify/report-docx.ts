import type { ReportModel } from '../compute/report-model';
import type { FormTable } from '../forms';
import { FOOTNOTES } from '../render/report/footnotes-view';
import type { ReportView } from '../render/report/report-view';
import { readDocxText } from './docx-text';
import type { Mismatch } from './mismatch';
import { formValue, reportClaims } from './report-claims';
import { reportSections } from './report-sections';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "08 TTHC" must not be found inside "1.008 TTHC": a figure starts after a non-digit. */
const states = (text: string, figure: string) =>
  new RegExp(`(?<![\\d.,])${escape(figure)}(?![\\d])`, 'u').test(text);

const FOOTNOTE_TEXT: Record<keyof typeof FOOTNOTES, string> = {
  ke_hoach: 'chu_thich_ke_hoach',
  van_ban: 'chu_thich_van_ban',
  noi_bo: 'chu_thich_noi_bo',
  dia_gioi: 'chu_thich_dia_gioi',
};

/** Every text the view carries from the data (names, titles, recipients), longest first. */
function dataTexts(view: ReportView): string[] {
  const texts = Object.values(view).flatMap((v) =>
    typeof v === 'string' ? [v] : Array.isArray(v) ? v.map((x: { dong: string }) => x.dong) : [],
  );
  return texts.filter((t) => t !== '').sort((a, b) => b.length - a.length);
}

/**
 * The text with the data's own texts cut out: a document titled "về {#x}" or a unit named
 * "undefined" is data printed as written, not a template tag left behind.
 */
const withoutDataTexts = (text: string, view: ReportView): string =>
  dataTexts(view).reduce((t, d) => t.split(d).join('\n'), text);

/**
 * Reads the produced report back and checks it against the model and the forms: each figure of
 * REFERENCE §8 stands in its section as the data says, equals its cell in the forms, each
 * footnote lists the data's documents, the header carries the number and date, and no tag or
 * "undefined" is left in the text.
 */
export function verifyReportDocx(
  bytes: Buffer,
  model: ReportModel,
  view: ReportView,
  forms: readonly FormTable[],
  file: string,
): Mismatch[] {
  const out: Mismatch[] = [];
  const { body, footnotes } = readDocxText(bytes);
  const sections = reportSections(body);
  for (const c of reportClaims(model)) {
    const text = sections.get(c.section) ?? '';
    if (!states(text, c.text))
      out.push({
        file,
        place: `mục ${c.section}, ${c.label}`,
        expected: c.text,
        found: 'không thấy trong văn bản',
      });
    if (c.form) {
      const v = formValue(forms, c.form);
      if (v !== c.value)
        out.push({
          file,
          place: `mục ${c.section}, ${c.label} ⇄ biểu ${c.form.form} cột (${c.form.column})`,
          expected: String(c.value),
          found: v === undefined ? 'biểu không có ô này' : String(v),
        });
    }
  }
  const all = body.map((p) => p.text).join('\n');
  for (const [key, id] of Object.entries(FOOTNOTES)) {
    const expected = view[FOOTNOTE_TEXT[key as keyof typeof FOOTNOTES]] as string;
    const marked = all.includes(`[^${id}]`);
    const found = footnotes.get(id);
    if (marked && found !== expected)
      out.push({ file, place: `chú thích ${key}`, expected, found: found ?? 'không có' });
  }
  const head = sections.get('') ?? '';
  const header = [
    `Số:${view.so_ky_hieu as string}`,
    view.dia_danh_ngay as string,
    model.period.title,
  ];
  for (const h of header)
    if (!head.includes(h))
      out.push({ file, place: 'phần đầu văn bản', expected: h, found: 'không thấy' });
  const leftover = /\{[#/^@]?[a-z_]+\}|undefined|NaN/u.exec(
    withoutDataTexts(all + '\n' + [...footnotes.values()].join('\n'), view),
  );
  if (leftover)
    out.push({ file, place: 'toàn văn', expected: 'không còn thẻ mẫu', found: leftover[0] });
  return out;
}
