// A short account of where two texts differ, for a failing golden test: the changed block
// (between the common first lines and the common last lines) with a few lines of context,
// capped, instead of a dump of two 5 MB strings.

const CONTEXT = 3;
const MAX_SHOWN = 8;
const WIDTH = 200;

function firstDifferingColumn(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The line cut to WIDTH characters around `column` (where the change begins). */
function clip(line: string, column: number): string {
  if (line.length <= WIDTH) return line;
  const from = Math.max(0, Math.min(column - 60, line.length - WIDTH));
  return (
    (from > 0 ? '…' : '') + line.slice(from, from + WIDTH) + (from + WIDTH < line.length ? '…' : '')
  );
}

/** Null when the texts are equal, else the changed block with numbered lines. */
export function firstDifference(golden: string, actual: string): string | null {
  if (golden === actual) return null;
  // The copies end with a line break; a final empty "line" would only add noise.
  const lines = (text: string) => (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
  const a = lines(golden);
  const b = lines(actual);
  if (a.join('\n') === b.join('\n')) return 'the texts differ only in the line break at the end';
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const removed = a.slice(head, a.length - tail);
  const added = b.slice(head, b.length - tail);
  const column = firstDifferingColumn(removed[0] ?? '', added[0] ?? '');
  const number = (n: number) => String(n + 1).padStart(6);
  const shown = (lines: string[], sign: string) => [
    ...lines.slice(0, MAX_SHOWN).map((l, i) => `${sign}${number(head + i)}  ${clip(l, column)}`),
    ...(lines.length > MAX_SHOWN
      ? [`${sign}        … ${lines.length - MAX_SHOWN} more lines`]
      : []),
  ];
  const span = (n: number) =>
    n === 0 ? 'nothing' : n === 1 ? `line ${head + 1}` : `lines ${head + 1}–${head + n}`;
  return [
    `first difference at line ${head + 1} (golden copy ${a.length} lines, output ${b.length}): ` +
      `${span(removed.length)} of the golden copy became ${span(added.length)} of the output`,
    ...a
      .slice(Math.max(0, head - CONTEXT), head)
      .map((l, i, all) => `  ${number(head - all.length + i)}  ${clip(l, 0)}`),
    ...shown(removed, '- '),
    ...shown(added, '+ '),
    ...b
      .slice(b.length - tail, b.length - tail + CONTEXT)
      .map((l, i) => `  ${number(b.length - tail + i)}  ${clip(l, 0)}`),
  ].join('\n');
}
