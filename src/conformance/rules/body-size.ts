import { makeIssue } from '../../issues/issue';
import type { FormatRule } from '../context';
import { paraAt } from '../deviation';
import type { Para } from '../../ooxml/docx-model';
import { points } from '../style-checks';
import { excerpt, hasText } from '../text';

const [MIN, MAX] = [13, 14];

/**
 * Body text in 13–14 pt: the paragraphs outside tables below the header (type name, summary,
 * Kính gửi and the text itself). Tables, the header and the closing block have sizes of their
 * own, checked with their elements; footnotes are not body text.
 */
export const bodySize: FormatRule = ({ file, doc, frame }) => {
  const head = [frame.quocHieu, frame.tieuNgu, frame.numberLine, frame.placeDate, frame.vv];
  const start = Math.max(0, ...head.map((p) => p?.index ?? 0));
  const bySize = new Map<number, { first: Para; count: number }>();
  for (const p of doc.body) {
    if (p.cell || p.index <= start || !hasText(p)) continue;
    const sizes = new Set(
      p.runs
        .filter((r) => r.text.trim() !== '' && (r.size < MIN || r.size > MAX))
        .map((r) => r.size),
    );
    for (const size of sizes) {
      const entry = bySize.get(size);
      if (entry) entry.count++;
      else bySize.set(size, { first: p, count: 1 });
    }
  }
  return [...bySize].map(([size, { first, count }]) =>
    makeIssue(
      'FORMAT_BODY_SIZE',
      { found: points(size), count, example: excerpt(first.text, 40) },
      paraAt(file, first),
    ),
  );
};
