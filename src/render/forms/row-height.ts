/**
 * Height in points of a row holding these texts in columns of these widths (characters):
 * readers do not size rows of generated files themselves, so wrapped text would overlap.
 */
export function rowHeight(
  cells: readonly { text: string; width: number }[],
  pointsPerLine = 15,
): number {
  const lines = cells.map(({ text, width }) =>
    text
      .split('\n')
      .reduce(
        (n, part) => n + Math.max(1, Math.ceil((part.length * 0.95) / Math.max(1, width - 1))),
        0,
      ),
  );
  return Math.max(1, ...lines) * pointsPerLine;
}
