import type { Issue } from '../../issues/issue';
import type { FormatRule } from '../context';
import { deviation, paraAt, sectionAt } from '../deviation';
import type { HeaderPart } from '../docx-model';
import { lookDeviations, points } from '../style-checks';
import { hasText } from '../text';

const pageField = (h: HeaderPart | null) => h?.paragraphs.find((p) => p.pageField) ?? null;
const NOT_ARABIC = /\\\*\s*(roman|alphabetic|ordtext|cardtext|ordinal)/i;

/** The number of the default header: centred, 13–14 pt, Arabic. Checked once per header part. */
function numberLook(h: HeaderPart, file: string, format: string | null): Issue[] {
  const p = pageField(h)!;
  const out = lookDeviations('FORMAT_PAGE_NUMBER', file, p, { align: 'center' });
  const size = p.pageField!.size;
  if (size < 13 || size > 14)
    out.push(
      deviation('FORMAT_PAGE_NUMBER', 'size', paraAt(file, p), {
        found: points(size),
        expected: '13–14',
      }),
    );
  const kind = NOT_ARABIC.exec(p.pageField!.instruction)?.[1] ?? format;
  if (kind && kind !== 'decimal')
    out.push(deviation('FORMAT_PAGE_NUMBER', 'not-arabic', paraAt(file, p), { found: kind }));
  return out;
}

/**
 * Page numbers at the top, centred, from page 2: each section has a different first page
 * (w:titlePg) whose header shows nothing, and a default header holding a PAGE field.
 */
export const pageNumbers: FormatRule = ({ file, doc }) => {
  const checked = new Set<string>();
  return doc.sections.flatMap((s) => {
    const at = sectionAt(file, doc.body[0]?.part ?? 'word/document.xml', s.index);
    const numbered = pageField(s.defaultHeader);
    const first = s.firstHeader;
    const out: Issue[] = [];
    if (
      (!s.titlePage && numbered) ||
      (s.titlePage && first && first.paragraphs.some((p) => p.pageField || hasText(p)))
    )
      out.push(deviation('FORMAT_PAGE_NUMBER', 'first-page', at));
    if (!numbered) out.push(deviation('FORMAT_PAGE_NUMBER', 'no-field', at));
    else if (!checked.has(s.defaultHeader!.part)) {
      checked.add(s.defaultHeader!.part);
      out.push(...numberLook(s.defaultHeader!, file, s.numberFormat));
    }
    return out;
  });
};
