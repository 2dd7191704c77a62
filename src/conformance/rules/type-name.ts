import { tonePlacementKey } from '../../domain/spelling-key';
import type { FormatRule } from '../context';
import { bodyAt, deviation } from '../deviation';
import { lookDeviations } from '../style-checks';

/**
 * The type name the number's code calls for ("BC" → "BÁO CÁO"), bold 13–14 pt, centred; either
 * tone placement is the same name ("GIẤY UỶ QUYỀN" = "GIẤY ỦY QUYỀN").
 */
export const typeName: FormatRule = ({ file, frame, kind }) => {
  if (kind.kind !== 'typed') return [];
  const p = frame.typeName;
  if (!p) return [deviation('FORMAT_TYPE_NAME', 'missing', bodyAt(file), { expected: kind.name })];
  return lookDeviations('FORMAT_TYPE_NAME', file, p, {
    text:
      tonePlacementKey(p.text.trim()) === tonePlacementKey(kind.name) ? p.text.trim() : kind.name,
    bold: true,
    size: [13, 14],
    align: 'center',
  });
};
