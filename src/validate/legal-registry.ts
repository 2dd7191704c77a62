import {
  DOCUMENT_KINDS,
  kindProblem,
  numberKey,
  parseDocumentNumber,
  type LegalDocument,
} from '../domain/legal-document';
import { parseCivilDate } from '../format';
import type { RawTable } from '../domain/raw-table';
import { makeIssue, type Issue } from '../issues/issue';

const COLUMNS = ['so_ky_hieu', 'loai', 'ngay', 'co_quan_ban_hanh', 'trich_yeu'] as const;

/**
 * The legal-document registry, checked row by row: a readable number, a known kind whose type
 * code the number carries, a real date (or none) in the year of the number, an issuer, no
 * number twice. Every problem is reported, with its row and column.
 */
export function validateLegalRegistry(table: RawTable): {
  documents: LegalDocument[];
  issues: Issue[];
} {
  const issues: Issue[] = [];
  const documents: LegalDocument[] = [];
  const col = new Map(table.headers.map((h, i) => [h.text.trim(), i]));
  const where = (row: number | undefined, column?: string) => ({
    file: table.file,
    format: 'csv' as const,
    row,
    column,
  });
  const missing = COLUMNS.filter((c) => c !== 'trich_yeu' && !col.has(c));
  for (const c of missing)
    issues.push(makeIssue('MISSING_COLUMN', { header: c, column: c }, where(table.headerRow)));
  if (missing.length > 0) return { documents, issues };
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const cell = (c: (typeof COLUMNS)[number]) =>
      String(row.cells[col.get(c) ?? -1] ?? '')
        .normalize('NFC')
        .trim();
    const bad = (field: string, reason: string) =>
      issues.push(makeIssue('LEGAL_DOC_FIELD', { field, reason }, where(row.number, field)));
    const number = parseDocumentNumber(cell('so_ky_hieu'));
    const kind = DOCUMENT_KINDS.find((k) => k.kind === cell('loai'))?.kind;
    const dateText = cell('ngay');
    const date = dateText ? parseCivilDate(dateText) : null;
    const before = issues.length;
    if (!number) bad('so_ky_hieu', `"${cell('so_ky_hieu')}" không phải số, ký hiệu văn bản`);
    if (!kind)
      bad(
        'loai',
        `"${cell('loai')}"; chọn một trong: ${DOCUMENT_KINDS.map((k) => k.kind).join(', ')}`,
      );
    if (number && kind) {
      const expected = kindProblem(kind, number);
      if (expected) bad('so_ky_hieu', `${kind} phải có ký hiệu ${expected}`);
    }
    if (dateText && !date) bad('ngay', `"${dateText}" không phải ngày; nhập dạng 09/6/2025`);
    if (number?.year && date && number.year !== date.year)
      bad('ngay', `năm ${date.year} khác năm trong số hiệu (${number.year})`);
    if (!cell('co_quan_ban_hanh')) bad('co_quan_ban_hanh', 'để trống');
    if (!number || issues.length > before) continue;
    const key = numberKey(number);
    const other = seen.get(key);
    if (other !== undefined) {
      issues.push(
        makeIssue('LEGAL_DOC_DUPLICATE', { number: key, other }, where(row.number, 'so_ky_hieu')),
      );
      continue;
    }
    seen.set(key, row.number);
    documents.push({
      number: key,
      kind: kind!,
      date,
      issuer: cell('co_quan_ban_hanh'),
      title: cell('trich_yeu'),
    });
  }
  return { documents, issues };
}
