import type { FormatRule } from '../context';
import { deviation, paraAt } from '../deviation';
import { TIEU_NGU } from '../frame';
import { hasRuleBelow } from '../rule-below';
import { lookDeviations } from '../style-checks';

/**
 * "Độc lập - Tự do - Hạnh phúc" right under Quốc hiệu, bold 13–14 pt, centred, with a rule
 * beneath. Without a Quốc hiệu there is nothing to be under (that is reported once, there).
 */
export const tieuNgu: FormatRule = ({ file, doc, frame }) => {
  const p = frame.tieuNgu;
  if (!frame.quocHieu) return [];
  if (!p) return [deviation('FORMAT_TIEU_NGU', 'missing', paraAt(file, frame.quocHieu))];
  const out = lookDeviations('FORMAT_TIEU_NGU', file, p, {
    text: TIEU_NGU,
    bold: true,
    size: [13, 14],
    align: 'center',
  });
  if (!hasRuleBelow(doc.body, p)) out.push(deviation('FORMAT_TIEU_NGU', 'rule', paraAt(file, p)));
  return out;
};
