import type { FormColumn } from '../../forms';

/** A merged rectangle of the heading block, 0-based within it: rows top…bottom, columns left…right. */
export interface HeadingCell {
  readonly text: string;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/**
 * Lays out nested headings as merged cells: a group heading spans the columns under it, a last
 * heading spans down to the bottom of the block. Shared by the sheet and the Word table.
 */
export function headingCells(columns: readonly Pick<FormColumn, 'heading'>[]): {
  depth: number;
  cells: HeadingCell[];
} {
  const depth = Math.max(...columns.map((c) => c.heading.length));
  const cells: HeadingCell[] = [];
  for (let level = 0; level < depth; level++) {
    let i = 0;
    while (i < columns.length) {
      const path = columns[i]!.heading;
      if (path.length <= level) {
        i++;
        continue;
      }
      const key = path.slice(0, level + 1).join('\u0000');
      let j = i;
      while (
        j + 1 < columns.length &&
        columns[j + 1]!.heading.slice(0, level + 1).join('\u0000') === key
      )
        j++;
      const last = path.length - 1 === level;
      cells.push({
        text: path[level]!,
        top: level,
        bottom: last ? depth - 1 : level,
        left: i,
        right: j,
      });
      i = j + 1;
    }
  }
  return { depth, cells };
}
