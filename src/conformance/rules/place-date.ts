import type { Issue } from '../../issues/issue';
import type { FormatRule } from '../context';
import { bodyAt, deviation, paraAt } from '../deviation';
import { dateDefect } from '../numbering';
import { lookDeviations } from '../style-checks';
import { trimmed } from '../text';

const EXAMPLE = 'Lào Cai, ngày 05 tháng 01 năm 2026';

/**
 * "Lào Cai, ngày 05 tháng 01 năm 2026" in italics 13–14 pt, on the number's line (the same row
 * of the header table); a draft leaves the day, or day and month, blank.
 */
export const placeDate: FormatRule = ({ file, frame }) => {
  const p = frame.placeDate;
  if (!p) return [deviation('FORMAT_PLACE_DATE', 'missing', bodyAt(file))];
  const text = trimmed(p);
  const m = /^(\S[^,]*),\s(ngày.*)$/u.exec(text);
  const defect = m
    ? dateDefect(m[2]!)
    : { defect: 'pattern' as const, found: text, expected: EXAMPLE };
  const out: Issue[] = [];
  if (defect) out.push(deviation('FORMAT_PLACE_DATE', defect.defect, paraAt(file, p), defect));
  out.push(...lookDeviations('FORMAT_PLACE_DATE', file, p, { italic: true, size: [13, 14] }));
  const n = frame.numberLine?.cell;
  if (n && (!p.cell || p.cell.table !== n.table || p.cell.row !== n.row))
    out.push(
      deviation('FORMAT_PLACE_DATE', 'place', paraAt(file, p), { expected: 'beside-number' }),
    );
  return out;
};
