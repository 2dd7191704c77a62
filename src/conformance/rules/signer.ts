import type { Issue } from '../../issues/issue';
import type { FormatRule } from '../context';
import { bodyAt, deviation, paraAt } from '../deviation';
import { lookDeviations } from '../style-checks';
import { hasText, trimmed } from '../text';

const AUTHORITY = /^(KT|TM|Q|TL|TUQ)\.\s/u;
/** Blank lines, or space before the name, that leave room to sign (about 2 lines of 14 pt). */
const SIGNATURE_LINES = 2;
const SIGNATURE_POINTS = 28;

/**
 * The signer at the end: authority and title in bold capitals 13–14 pt ("KT. CHỦ TỊCH" over
 * "PHÓ CHỦ TỊCH"; TM., Q., TL., TUQ. need the title under them too), room to sign, then the
 * name in bold.
 */
export const signer: FormatRule = ({ file, frame }) => {
  const cell = frame.closing.signer;
  const lines = cell?.filter(hasText) ?? [];
  if (!cell || lines.length < 2) {
    const at = cell?.[0] ? paraAt(file, cell[0]) : bodyAt(file);
    return [deviation('FORMAT_SIGNER', 'missing', at)];
  }
  const name = lines[lines.length - 1]!;
  const titles = lines.slice(0, -1);
  const out: Issue[] = titles.flatMap((p) =>
    lookDeviations('FORMAT_SIGNER', file, p, { caps: true, bold: true, size: [13, 14] }),
  );
  out.push(...lookDeviations('FORMAT_SIGNER', file, name, { bold: true, size: [13, 14] }));
  if (AUTHORITY.test(trimmed(titles[0]!)) && titles.length < 2)
    out.push(
      deviation('FORMAT_SIGNER', 'needs-title', paraAt(file, titles[0]!), {
        found: trimmed(titles[0]!),
      }),
    );
  const last = titles[titles.length - 1]!;
  const blanks = cell.filter((p) => p.index > last.index && p.index < name.index).length;
  if (blanks < SIGNATURE_LINES && name.before < SIGNATURE_POINTS)
    out.push(deviation('FORMAT_SIGNER', 'signature-space', paraAt(file, name)));
  return out;
};
