import type { FormatRule } from '../context';
import { bodyAt, deviation, paraAt } from '../deviation';
import { lookDeviations } from '../style-checks';
import { excerpt, hasText, trimmed } from '../text';

const HEADING = 'Nơi nhận:';
const ARCHIVE = /^- Lưu:\s*\S.*\.$/u;

/**
 * Nơi nhận at left, level with the signer: "Nơi nhận:" bold italic 12 pt, then one line per
 * recipient in 11 pt, each "- …;", the last "- Lưu: VT, HCC.".
 */
export const noiNhan: FormatRule = ({ file, frame }) => {
  const cell = frame.closing.noiNhan;
  if (!cell) return [deviation('FORMAT_NOI_NHAN', 'missing', bodyAt(file))];
  const [head, ...items] = cell.filter(hasText);
  const out = lookDeviations('FORMAT_NOI_NHAN', file, head!, {
    text: HEADING,
    bold: true,
    italic: true,
    size: [12, 12],
  });
  const beside = frame.closing.signer?.[0]?.cell;
  if (head!.cell!.cell !== 0 || (beside && beside.cell <= head!.cell!.cell))
    out.push(deviation('FORMAT_NOI_NHAN', 'place', paraAt(file, head!), { expected: 'left' }));
  if (items.length === 0)
    return [...out, deviation('FORMAT_NOI_NHAN', 'empty', paraAt(file, head!))];
  items.forEach((p, i) => {
    const text = trimmed(p);
    const at = paraAt(file, p);
    out.push(...lookDeviations('FORMAT_NOI_NHAN', file, p, { size: [11, 11] }));
    if (!text.startsWith('- '))
      out.push(deviation('FORMAT_NOI_NHAN', 'dash', at, { found: excerpt(text) }));
    else if (i < items.length - 1 && !text.endsWith(';'))
      out.push(deviation('FORMAT_NOI_NHAN', 'semicolon', at, { found: excerpt(text) }));
  });
  const last = items[items.length - 1]!;
  if (!ARCHIVE.test(trimmed(last)))
    out.push(
      deviation('FORMAT_NOI_NHAN', 'archive', paraAt(file, last), { found: excerpt(last.text) }),
    );
  return out;
};
