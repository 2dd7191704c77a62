import type { FormatRule } from '../context';
import { bodyAt, deviation, paraAt } from '../deviation';
import { QUOC_HIEU } from '../frame';
import { lookDeviations } from '../style-checks';

/** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" word for word, bold capitals 12–13 pt, top right. */
export const quocHieu: FormatRule = ({ file, frame }) => {
  const p = frame.quocHieu;
  if (!p) return [deviation('FORMAT_QUOC_HIEU', 'missing', bodyAt(file))];
  const out = lookDeviations('FORMAT_QUOC_HIEU', file, p, {
    text: QUOC_HIEU,
    bold: true,
    size: [12, 13],
  });
  // In the two-cell header, the left cell belongs to the issuing body.
  if (p.cell && p.cell.cell === 0 && p.cell.cellsInRow > 1)
    out.push(deviation('FORMAT_QUOC_HIEU', 'place', paraAt(file, p), { expected: 'top-right' }));
  return out;
};
