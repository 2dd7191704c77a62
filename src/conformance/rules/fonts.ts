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
  // Indexed loops, and a set only for a paragraph with a wrong value: every run of every
  // paragraph of a package's five Word files goes through here twice (font, colour).
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    let values: Set<string> | null = null;
    for (let k = 0; k < p.runs.length; k++) {
      const r = p.runs[k]!;
      if (r.text.trim() === '') continue;
      const v = wrong(r);
      if (v !== null) (values ??= new Set()).add(v);
    }
    if (!values) continue;
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

/**
 * Whether a run's font is not Times New Roman. A package's runs carry a few names, thousands of
 * times: each is folded once (up to a hundred names kept, for a server that checks many files).
 */
const verdicts = new Map<string, boolean>();
function notTimes(font: string | null): boolean {
  if (font === null) return true;
  let v = verdicts.get(font);
  if (v === undefined) {
    v = font.trim().toLowerCase() !== FONT;
    if (verdicts.size < 100) verdicts.set(font, v);
  }
  return v;
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
    const bad = notTimes(r.ascii) ? r.ascii : notTimes(r.hAnsi) ? r.hAnsi : undefined;
    return bad === undefined ? null : (bad ?? '(không khai báo)');
  });

/** Black text: no colour, "auto" or 000000. */
export const fontColor: FormatRule = (ctx) =>
  grouped('FORMAT_FONT_COLOR', ctx.file, allParagraphs(ctx), (r) =>
    r.color === null || /^(auto|0{6})$/i.test(r.color) ? null : `#${r.color}`,
  );
