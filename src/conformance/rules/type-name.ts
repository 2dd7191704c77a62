import type { FormatRule } from '../context';
import { bodyAt, deviation } from '../deviation';
import { lookDeviations } from '../style-checks';

/** The type name the number's code calls for ("BC" → "BÁO CÁO"), bold 13–14 pt, centred. */
export const typeName: FormatRule = ({ file, frame, kind }) => {
  if (kind.kind !== 'typed') return [];
  const p = frame.typeName;
  if (!p) return [deviation('FORMAT_TYPE_NAME', 'missing', bodyAt(file), { expected: kind.name })];
  return lookDeviations('FORMAT_TYPE_NAME', file, p, {
    text: kind.name,
    bold: true,
    size: [13, 14],
    align: 'center',
  });
};
