import { makeIssue } from '../../issues/issue';
import type { FormatRule } from '../context';
import { sectionAt } from '../deviation';
import { millimetres } from './page-size';

/** Margins of Nghị định 30/2020 in millimetres, inclusive. */
const RANGES = {
  top: [20, 25],
  bottom: [20, 25],
  left: [30, 35],
  right: [15, 20],
} as const;
// Margins are stored in twips: 20 mm is 1134 twips, 20,0025 mm.
const TOLERANCE = 0.05;

/** Each margin of each section within its range (a gutter counts with the left margin). */
export const margins: FormatRule = ({ file, doc }) =>
  doc.sections.flatMap((s) =>
    (Object.keys(RANGES) as (keyof typeof RANGES)[]).flatMap((side) => {
      const [min, max] = RANGES[side];
      const value = s.margins[side];
      const size = value === null ? null : Math.abs(value);
      if (size !== null && size >= min - TOLERANCE && size <= max + TOLERANCE) return [];
      return [
        makeIssue(
          'FORMAT_MARGIN',
          { side, found: size === null ? '(không khai báo)' : millimetres(size), min, max },
          sectionAt(file, doc.body[0]?.part ?? 'word/document.xml', s.index),
        ),
      ];
    }),
  );
