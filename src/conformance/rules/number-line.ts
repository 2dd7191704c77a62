import type { Issue } from '../../issues/issue';
import type { FormatRule } from '../context';
import { bodyAt, deviation, paraAt } from '../deviation';
import { numberDefect } from '../numbering';
import { lookDeviations } from '../style-checks';
import { trimmed } from '../text';

/**
 * "Số: 12/BC-UBND" (a công văn: "Số: 862/UBND-HCC"), 13 pt: a number below 10 with its
 * leading zero, or a draft's blank; a symbol of letters joined by hyphens.
 */
export const numberLine: FormatRule = ({ file, frame, kind }) => {
  const p = frame.numberLine;
  if (!p) return [deviation('FORMAT_NUMBER_LINE', 'missing', bodyAt(file))];
  const text = trimmed(p);
  const example = kind.kind === 'typed' ? ` 12/${kind.code}-UBND` : ' 862/UBND-HCC';
  const out: Issue[] = [];
  const defect = text.startsWith('Số:')
    ? numberDefect(text.slice(3), example)
    : { defect: 'pattern' as const, found: text, expected: `Số:${example}` };
  if (defect) out.push(deviation('FORMAT_NUMBER_LINE', defect.defect, paraAt(file, p), defect));
  out.push(...lookDeviations('FORMAT_NUMBER_LINE', file, p, { size: [13, 13] }));
  return out;
};
