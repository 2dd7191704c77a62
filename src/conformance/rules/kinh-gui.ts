import type { Issue } from '../../issues/issue';
import type { FormatRule } from '../context';
import { bodyAt, deviation, paraAt } from '../deviation';
import { lookDeviations } from '../style-checks';
import { excerpt, trimmed } from '../text';

/**
 * "Kính gửi" in 13–14 pt; several recipients each on a line of its own starting "- ". A công
 * văn must have it; in other documents it is checked when present.
 */
export const kinhGui: FormatRule = ({ file, frame, kind }) => {
  const [head, ...lines] = frame.kinhGui;
  if (!head)
    return kind.kind === 'letter' ? [deviation('FORMAT_KINH_GUI', 'missing', bodyAt(file))] : [];
  const out: Issue[] = [head, ...lines].flatMap((p) =>
    lookDeviations('FORMAT_KINH_GUI', file, p, { size: [13, 14] }),
  );
  if (/:\s*$/u.test(trimmed(head)) && lines.length === 0)
    out.push(deviation('FORMAT_KINH_GUI', 'empty', paraAt(file, head)));
  for (const p of lines)
    if (!trimmed(p).startsWith('- '))
      out.push(deviation('FORMAT_KINH_GUI', 'dash', paraAt(file, p), { found: excerpt(p.text) }));
  return out;
};
