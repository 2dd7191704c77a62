import type { Issue } from '../../issues/issue';
import type { FormatRule } from '../context';
import { deviation, paraAt } from '../deviation';
import type { Para } from '../../ooxml/docx-model';
import { dateDefect, numberDefect, numericDateDefect } from '../numbering';
import { lookDeviations } from '../style-checks';
import { hasText, trimmed } from '../text';

const ATTACHED = '(Kèm theo Báo cáo số …/BC-UBND ngày … của …)';

/** The number and the date named in the "(Kèm theo …)" line, checked like the header's. */
function attachedDefects(file: string, p: Para): Issue[] {
  const text = trimmed(p);
  if (!/^\(Kèm theo .+\)$/u.test(text))
    return [
      deviation('FORMAT_ANNEX_HEADING', 'pattern', paraAt(file, p), {
        found: text,
        expected: ATTACHED,
      }),
    ];
  const number = /\bsố((?:\s*\d+|\s+)\/[^\s/]+)/u.exec(text)?.[1];
  const words = /ngày(?:\s+\d+\s+|\s+)tháng(?:\s+\d+\s+|\s+)năm\s\d{4}/u.exec(text)?.[0];
  const digits = /ngày (\d{1,2}\/\d{1,2}\/\d{4})/u.exec(text)?.[1];
  const defects = [
    number !== undefined ? numberDefect(number) : null,
    words !== undefined
      ? dateDefect(words)
      : digits !== undefined
        ? numericDateDefect(digits)
        : null,
  ];
  return defects
    .filter((d) => d !== null)
    .map((d) => deviation('FORMAT_ANNEX_HEADING', d.defect, paraAt(file, p), d));
}

/**
 * An annex opens with "Phụ lục" (a number may follow) bold 14 pt centred, its title in bold
 * capitals centred, then "(Kèm theo <văn bản> số …/… ngày … của …)" in italics centred.
 */
export const annexHeading: FormatRule = ({ file, doc }) => {
  const [label, title, attached] = doc.body.filter(hasText);
  const out: Issue[] = [];
  if (!/^Phụ lục(\s+[\dIVXLC]+)?$/u.test(trimmed(label!)))
    out.push(
      deviation('FORMAT_ANNEX_HEADING', 'text', paraAt(file, label!), {
        found: trimmed(label!),
        expected: 'Phụ lục',
      }),
    );
  out.push(
    ...lookDeviations('FORMAT_ANNEX_HEADING', file, label!, {
      bold: true,
      size: [14, 14],
      align: 'center',
    }),
  );
  if (!title || !attached)
    return [...out, deviation('FORMAT_ANNEX_HEADING', 'missing', paraAt(file, label!))];
  out.push(
    ...lookDeviations('FORMAT_ANNEX_HEADING', file, title, {
      caps: true,
      bold: true,
      align: 'center',
    }),
    ...lookDeviations('FORMAT_ANNEX_HEADING', file, attached, { italic: true, align: 'center' }),
    ...attachedDefects(file, attached),
  );
  return out;
};
