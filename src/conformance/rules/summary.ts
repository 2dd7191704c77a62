import type { Issue } from '../../issues/issue';
import { sameBox } from '../cell-place';
import type { FormatRule } from '../context';
import { bodyAt, deviation, paraAt } from '../deviation';
import { hasRuleBelow } from '../rule-below';
import { lookDeviations } from '../style-checks';
import { trimmed } from '../text';

/**
 * A typed document's summary under its type name: bold 13–14 pt, centred, a rule beneath; for
 * the types whose sample has one (a giấy mời or giấy giới thiệu is left alone).
 */
export const typedSummary: FormatRule = ({ file, doc, frame, kind }) => {
  if (kind.kind === 'typed' && !kind.summary) return [];
  if (!frame.typeName) return []; // reported as FORMAT_TYPE_NAME
  const p = frame.summary;
  if (!p) return [deviation('FORMAT_SUMMARY', 'missing', paraAt(file, frame.typeName))];
  const out = lookDeviations('FORMAT_SUMMARY', file, p, {
    bold: true,
    size: [13, 14],
    align: 'center',
  });
  if (!hasRuleBelow(doc.body, p)) out.push(deviation('FORMAT_SUMMARY', 'rule', paraAt(file, p)));
  return out;
};

/** A công văn's "V/v …" summary: 12–13 pt, centred, right under the number in its cell. */
export const letterSummary: FormatRule = ({ file, frame }) => {
  const p = frame.vv;
  const number = frame.numberLine;
  if (!p)
    return [deviation('FORMAT_SUMMARY', 'missing', number ? paraAt(file, number) : bodyAt(file))];
  const out: Issue[] = [];
  if (!/^V\/v\s+\S/u.test(trimmed(p)))
    out.push(
      deviation('FORMAT_SUMMARY', 'pattern', paraAt(file, p), {
        found: trimmed(p),
        expected: 'V/v …',
      }),
    );
  out.push(...lookDeviations('FORMAT_SUMMARY', file, p, { size: [12, 13], align: 'center' }));
  const under = number?.cell && sameBox(p, number) && p.index > number.index;
  if (number && !under)
    out.push(deviation('FORMAT_SUMMARY', 'place', paraAt(file, p), { expected: 'under-number' }));
  return out;
};
