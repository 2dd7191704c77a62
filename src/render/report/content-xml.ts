import { REPORT_FOOTNOTES } from '../../catalogue/report-footnotes';
import { inlinePieces, plainText } from '../../phrase/inline-markup';
import { maskLiterals } from '../../phrase/literal-text';
import { paragraph } from '../docx/paragraph';
import { footnoteReference, run } from '../docx/run';

/** The report's footnotes by key; a letter passes its own numbering. */
const reportFootnote = (key: string): number | undefined =>
  REPORT_FOOTNOTES.find((f) => f.key === key)?.id;

/**
 * A word holding a web address ("http://dichvucong.laocai.gov.vn", "(www.…),"): one long word
 * a justified line cannot break, so the line before it is stretched over the whole width.
 */
const BEFORE_URL = / (?=[^\s]*(?:https?:\/\/|www\.)\S{8,})/gu;

/**
 * One typed line as Word runs: **bold**, *italic*, and [^key] for a footnote whose text comes
 * from the data. Anything else is literal text, and so are the data values filled into the
 * line (see phrase/literal-text.ts), whatever characters they hold. A web address starts a line
 * of its own (a line break before it; the package's settings keep the line that ends there
 * from being justified), instead of leaving wide gaps in the line before it.
 */
export function contentRuns(
  text: string,
  footnoteId: (key: string) => number | undefined = reportFootnote,
): string {
  return inlinePieces(text)
    .map((p) => {
      if ('footnote' in p) {
        const id = footnoteId(p.footnote);
        return id === undefined ? run(`[^${p.footnote}]`) : footnoteReference(id);
      }
      const text = p.text.replace(BEFORE_URL, '\n');
      return run(text, p.bold ? { bold: true } : p.italic ? { italic: true } : undefined);
    })
    .join('');
}

/**
 * A line that is wholly one emphasis and opens with a letter, "*d) Kết quả thực thi …:*": the
 * office's own lettered sub-heading, continuing the template's a)–c) of the same point.
 */
const SUB_HEADING = /^(\*\*?)([a-zđ]\) [^*]+)\1$/u;

/**
 * A block section of the content file as body paragraphs, one per line. A lettered
 * sub-heading takes the template's style for them (Muc4: bold italic, kept with the next
 * paragraph), so that a)–d) of a point look alike and none is left at the foot of a page; a
 * line leading into the next is kept with it too.
 */
export function contentParagraphs(lines: readonly string[]): string {
  return lines
    .map((l) => {
      const sub = SUB_HEADING.exec(l);
      if (sub) return paragraph(contentRuns(sub[2]!), { style: 'Muc4' });
      return paragraph(contentRuns(l), isLeadIn(plainText(l)) ? { keepNext: true } : {});
    })
    .join('');
}

/**
 * A line that leads into the lines after it: one ending with ":" ("* Cơ cấu tổ chức của Trung
 * tâm gồm:", "… ngày 24/12/2025, kết quả:"), or a short one with no sentence end ("- Trụ sở làm
 * việc của Trung tâm …"). It is kept on the page of the next line, as a heading is (a long one
 * may still break across the pages; its last lines go with the next).
 */
const isLeadIn = (text: string): boolean =>
  text.endsWith(':') || (text.length <= 100 && !/[.;,!?…)"”/]$/u.test(text));

/** An inline section as plain text: marks of emphasis are dropped inside a template sentence. */
export function contentInline(lines: readonly string[]): string {
  return lines
    .map((l) => {
      const { masked, unmask } = maskLiterals(l);
      return unmask(masked.replace(/\*\*([^*]+)\*\*|\*([^*]+)\*/gu, '$1$2'));
    })
    .join(' ');
}
