import type { ResolvedLine } from '../compute/content/segments';
import type { ReportModel } from '../compute/report-model';
import { makeIssue, type Issue } from '../issues/issue';
import { compareBlock, excerptOf, show, showExpected } from './checks/figures-vs-data';
import { figureQuote, quote } from './context';
import type { TextBlock } from './draft';
import { figures } from './figure-cache';
import { groupsOf } from './prose-labels';
import { sentenceStarts } from './sentences';

/** A number typed by hand that nothing could be compared with. */
export interface UncheckedNumber {
  readonly file: string;
  readonly line: number;
  /** The number with the words before it, as the official can find it. */
  readonly text: string;
}

/** What the typed prose of a package says, counted. */
export interface TypedFigures {
  /** Figures written by placeholders (a figure, a text, a paragraph): they come from the data. */
  readonly fromData: number;
  /** Figures typed by hand whose label the catalogue knows, compared with the data. */
  readonly checked: number;
  /** Numbers typed by hand that could not be compared (no known label, or no data). */
  readonly unchecked: readonly UncheckedNumber[];
}

/** A content file's (or letter's) lines, resolved. */
export interface TypedSource {
  readonly file: string;
  readonly lines: readonly ResolvedLine[];
}

const FOOTNOTE_MARK = /\[\^[^\]]*\]/gu;

/** "năm 2025 và 2026": four digits without a thousands dot, in the range of years, are a year. */
const isYear = (f: { style: string; value: number; decimals: number }) =>
  f.style === 'ungrouped' && f.decimals === 0 && f.value >= 1900 && f.value <= 2100;

/**
 * "theo Quyết định 766", "Nghị định 118", "tài khoản VNeID mức độ 2": a whole number right after
 * the kind of a document or a level names the document or the level; it is not a statistic.
 */
const NAMING_WORDS =
  /(?:^|[\s(])(?:Luật|Bộ luật|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch|Công văn|Thông báo|Điều|khoản|Phụ lục|Biểu|Mẫu|mức độ)(?: số)? ?$/iu;
const namesSomething = (text: string, f: { start: number; decimals: number; percent: boolean }) =>
  f.decimals === 0 && !f.percent && NAMING_WORDS.test(text.slice(0, f.start));

/** A line as a block of text, with the spans its placeholders' values take. */
function blockOf(l: ResolvedLine, write: (ref: string) => string) {
  let text = '';
  const spans: { from: number; to: number }[] = [];
  for (const s of l.segments) {
    const piece = (
      'ref' in s ? write(s.ref) : s.text.replace(FOOTNOTE_MARK, '').replace(/\*+/g, '')
    )
      .normalize('NFC')
      .replace(/\s+/g, ' ');
    if ('ref' in s) spans.push({ from: text.length, to: text.length + piece.length });
    text += piece;
  }
  const block: TextBlock = {
    place: 'paragraph',
    number: l.line,
    text,
    notes: [],
    sentences: sentenceStarts(text),
  };
  return { block, spans };
}

/**
 * Reads the prose the officials typed (content files, letters) as `tthc audit` reads a draft.
 * A figure that came from a placeholder is the data's; a typed figure whose label the
 * catalogue knows ("đạt 83,16 điểm" in a sentence about the province) is compared with the data,
 * and one that disagrees is an error at its line; any other typed number is listed as unchecked.
 */
export function typedFigures(
  sources: readonly TypedSource[],
  model: ReportModel | null,
  write: (ref: string) => string,
): { issues: Issue[]; counts: TypedFigures } {
  const issues: Issue[] = [];
  let fromData = 0;
  let checked = 0;
  const unchecked: UncheckedNumber[] = [];
  for (const source of sources) {
    const built = source.lines.map((l) => ({ l, ...blockOf(l, write) }));
    // "Trong đó: …" on its own line speaks of the group of the line before it.
    const groups = groupsOf(built.map((b) => b.block));
    for (const [n, { l, block, spans }] of built.entries()) {
      const all = figures(block);
      if (all.length === 0) continue;
      const compared = model ? compareBlock(block, model, groups[n]) : null;
      all.forEach((f, i) => {
        const span = spans.find((s) => f.start < s.to && f.end > s.from);
        if (span) {
          fromData++;
          return;
        }
        if (isYear(f) || namesSomething(block.text, f)) return;
        const wrong = compared?.disagreements.find((d) => d.figure.index === i);
        if (wrong) {
          issues.push(
            makeIssue(
              'CONTENT_FIGURE_MISMATCH',
              {
                excerpt: excerptOf(block.text, wrong),
                name: wrong.label.row.label,
                id: wrong.label.row.id,
                expected: showExpected(wrong.expected, f),
                found: show(wrong.found, f.decimals, f.percent),
              },
              { file: source.file, row: l.line },
            ),
          );
        } else if (compared?.compared[i]) checked++;
        else
          unchecked.push({
            file: source.file,
            line: l.line,
            text:
              figureQuote(block.text, f, f.before, f.after) || quote(block.text, f.start, f.end),
          });
      });
    }
  }
  return { issues, counts: { fromData, checked, unchecked } };
}
