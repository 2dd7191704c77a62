import { makeIssue } from '../../issues/issue';
import { deviation, sectionAt } from '../deviation';
import type { FormatRule } from '../context';
import type { Section } from '../../ooxml/docx-model';

/** Millimetres the Vietnamese way, one decimal at most: 210, 25,4. */
export const millimetres = (n: number): string => String(Math.round(n * 10) / 10).replace('.', ',');

const A4 = [210, 297] as const;
// Word stores A4 as 11906 × 16838 twips (210,0 × 297,0 mm); other writers round differently.
const TOLERANCE = 1;

const isA4 = (s: Section) =>
  s.width !== null &&
  s.height !== null &&
  Math.abs(Math.min(s.width, s.height) - A4[0]) <= TOLERANCE &&
  Math.abs(Math.max(s.width, s.height) - A4[1]) <= TOLERANCE;

const dimensions = (s: Section) => `${millimetres(s.width ?? 0)} × ${millimetres(s.height ?? 0)}`;

/** Every section on A4 paper. */
export const paperSize: FormatRule = ({ file, doc }) =>
  doc.sections
    .filter((s) => !isA4(s))
    .map((s) =>
      makeIssue(
        'FORMAT_PAPER_SIZE',
        { found: dimensions(s) },
        sectionAt(file, doc.body[0]?.part ?? 'word/document.xml', s.index),
      ),
    );

/**
 * The declared orientation matches the page's shape (Word prints by the declaration), and the
 * main text of a report or letter is portrait; landscape is for annexes and later sections
 * holding wide tables.
 */
export const orientation: FormatRule = ({ file, doc, kind }) =>
  doc.sections.flatMap((s) => {
    if (s.width === null || s.height === null) return [];
    const at = sectionAt(file, doc.body[0]?.part ?? 'word/document.xml', s.index);
    const wide = s.width > s.height;
    if (wide !== (s.orient === 'landscape'))
      return [
        deviation('FORMAT_ORIENTATION', 'orient-mismatch', at, {
          found: s.orient ?? 'portrait',
          expected: dimensions(s),
        }),
      ];
    return wide && s.index === 0 && kind.kind !== 'annex'
      ? [deviation('FORMAT_ORIENTATION', 'landscape-main', at)]
      : [];
  });
