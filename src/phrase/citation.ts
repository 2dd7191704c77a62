import type { DocumentRef } from '../compute/documents';
import { formatDateNumeric } from '../format';

/**
 * How the report cites a document: "Kế hoạch số 25/KH-UBND ngày 25/01/2026 về rà soát, …".
 * @example citation({ typeLabel: 'Văn bản', number: '655/UBND-HCC', date, summary: 'triển khai …' })
 * // 'Văn bản số 655/UBND-HCC ngày 26/01/2026 triển khai …'
 */
export function citation(d: DocumentRef): string {
  const summary = d.summary.trim();
  return `${d.typeLabel} số ${d.number} ngày ${formatDateNumeric(d.date)}${summary ? ` ${summary}` : ''}`;
}

/** Footnote text listing documents: citations joined by "; ", ending with a full stop. */
export function citationList(docs: readonly DocumentRef[]): string {
  return docs.length === 0 ? '' : `${docs.map(citation).join('; ')}.`;
}

/** Footnote text numbering its items as seed 003's footnote 4 does: "(1) …; (2) …." */
export function numberedCitationList(docs: readonly DocumentRef[]): string {
  return docs.length === 0 ? '' : `${docs.map((d, i) => `(${i + 1}) ${citation(d)}`).join('; ')}.`;
}
