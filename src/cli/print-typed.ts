import type { TypedFigures } from '../audit/typed-figures';
import { formatNumber } from '../format';
import { NOTICES } from '../issues/notices';
import { visible } from '../issues/visible';

/** How many unchecked numbers are listed before "… và N số khác". */
const LISTED = 20;

/**
 * The closing lines about what was proven: what the read-back compared (`checked`), how many
 * typed figures were compared with the data, and which typed numbers nobody compared.
 */
export function typedLines(checked: string | null, typed: TypedFigures | null): string[] {
  const lines: string[] = [];
  if (checked !== null) lines.push(checked);
  if (!typed || typed.fromData + typed.checked + typed.unchecked.length === 0) return lines;
  lines.push(
    NOTICES.TYPED_CHECKED({
      count: formatNumber(typed.checked),
      fromData: formatNumber(typed.fromData),
    }),
  );
  if (typed.unchecked.length > 0) {
    lines.push(NOTICES.TYPED_UNCHECKED({ count: formatNumber(typed.unchecked.length) }));
    for (const u of typed.unchecked.slice(0, LISTED))
      lines.push(visible(NOTICES.TYPED_UNCHECKED_LINE(u)));
    if (typed.unchecked.length > LISTED)
      lines.push(
        NOTICES.TYPED_UNCHECKED_MORE({ count: formatNumber(typed.unchecked.length - LISTED) }),
      );
  }
  return lines;
}
