import { makeIssue, type Issue } from '../../issues/issue';
import type { IssueCode } from '../../issues/messages';
import type { FormatRule } from '../context';
import { paraAt } from '../deviation';
import type { Para, TextRun } from '../../ooxml/docx-model';
import { excerpt } from '../text';

const FONT = 'times new roman';

/**
 * One issue per part and per wrong value, naming how many paragraphs have it and the first:
 * a whole document in Arial is one problem to fix, not a thousand.
 */
function grouped(
  code: IssueCode,
  file: string,
  paragraphs: readonly Para[],
  wrong: (r: TextRun) => string | null,
): Issue[] {
  const seen = new Map<string, { first: Para; count: number }>();
  for (const p of paragraphs) {
    const values = new Set(
      p.runs.filter((r) => r.text.trim() !== '').flatMap((r) => wrong(r) ?? []),
    );
    for (const v of values) {
      const key = `${p.part}\u0000${v}`;
      const entry = seen.get(key);
      if (entry) entry.count++;
      else seen.set(key, { first: p, count: 1 });
    }
  }
  return [...seen].map(([key, { first, count }]) =>
    makeIssue(
      code,
      { found: key.split('\u0000')[1]!, count, example: excerpt(first.text, 40) },
      paraAt(file, first),
    ),
  );
}

const allParagraphs = (ctx: Parameters<FormatRule>[0]) => [
  ...ctx.doc.body,
  ...ctx.doc.otherParts.flatMap((s) => s.paragraphs),
];

/**
 * Times New Roman everywhere text is (body, headers, footers, notes), for both the ASCII and
 * the other Latin letters, as resolved through styles and defaults.
 */
export const fontFamily: FormatRule = (ctx) =>
  grouped('FORMAT_FONT', ctx.file, allParagraphs(ctx), (r) => {
    const bad = [r.ascii, r.hAnsi].find((f) => f?.trim().toLowerCase() !== FONT);
    return bad === undefined ? null : (bad ?? '(không khai báo)');
  });

/** Black text: no colour, "auto" or 000000. */
export const fontColor: FormatRule = (ctx) =>
  grouped('FORMAT_FONT_COLOR', ctx.file, allParagraphs(ctx), (r) =>
    r.color === null || /^(auto|0{6})$/i.test(r.color) ? null : `#${r.color}`,
  );
