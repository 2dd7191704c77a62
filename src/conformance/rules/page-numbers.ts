import type { Issue } from '../../issues/issue';
import type { FormatRule } from '../context';
import { deviation, paraAt, sectionAt } from '../deviation';
import type { HeaderPart } from '../../ooxml/docx-model';
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

/** Whether a header shows the page number or any text (a first page must show neither). */
const showsSomething = (h: HeaderPart | null) =>
  h?.paragraphs.some((p) => p.pageField || hasText(p)) ?? false;

/**
 * Page numbers at the top, centred, from page 2: every section has a default header holding a
 * PAGE field. The first page of the count — the document's first section, or a section that
 * starts numbering again (an annex, w:pgNumType/@w:start) — is not numbered: a different first
 * page (w:titlePg) whose header shows nothing. A later section that carries the count on must
 * not hide the number of its first page, which is a page in the middle of the document.
 */
export const pageNumbers: FormatRule = ({ file, doc }) => {
  const checked = new Set<string>();
  return doc.sections.flatMap((s) => {
    const at = sectionAt(file, doc.body[0]?.part ?? 'word/document.xml', s.index);
    const numbered = pageField(s.defaultHeader);
    const out: Issue[] = [];
    if (s.index === 0 || s.restartsNumbering) {
      if ((!s.titlePage && numbered) || (s.titlePage && showsSomething(s.firstHeader)))
        out.push(deviation('FORMAT_PAGE_NUMBER', 'first-page', at));
    } else if (s.titlePage && s.newPage && numbered && !pageField(s.firstHeader))
      out.push(deviation('FORMAT_PAGE_NUMBER', 'first-page-continued', at));
    if (!numbered) out.push(deviation('FORMAT_PAGE_NUMBER', 'no-field', at));
    else if (!checked.has(s.defaultHeader!.part)) {
      checked.add(s.defaultHeader!.part);
      out.push(...numberLook(s.defaultHeader!, file, s.numberFormat));
    }
    return out;
  });
};
