import type { Issue } from '../../issues/issue';
import type { FormatRule } from '../context';
import { bodyAt, deviation, paraAt } from '../deviation';
import { hasRuleBelow } from '../rule-below';
import { lookDeviations } from '../style-checks';
import { hasText } from '../text';

/**
 * The issuing body at top left, in the cell beside Quốc hiệu: its lines in capitals 12–13 pt,
 * centred, the last (the body itself) bold — a parent body above it may be regular — and a
 * short rule beneath. The lines end where the number line or V/v begins.
 */
export const issuingBody: FormatRule = ({ file, doc, frame }) => {
  const cell = frame.issuingCell;
  if (!cell) return [deviation('FORMAT_ISSUING_BODY', 'missing', bodyAt(file))];
  const end = cell.findIndex((p) => p === frame.numberLine || p === frame.vv);
  const names = (end < 0 ? cell : cell.slice(0, end)).filter(hasText);
  const last = names[names.length - 1];
  if (!last) return [deviation('FORMAT_ISSUING_BODY', 'missing', paraAt(file, cell[0]!))];
  const out: Issue[] = names.flatMap((p) =>
    lookDeviations('FORMAT_ISSUING_BODY', file, p, {
      caps: true,
      size: [12, 13],
      align: 'center',
      bold: p === last,
    }),
  );
  if (!hasRuleBelow(doc.body, last))
    out.push(deviation('FORMAT_ISSUING_BODY', 'rule', paraAt(file, last)));
  return out;
};
