import {
  ISSUER_OF_CODE,
  kindProblem,
  numberKey,
  parseDocumentNumber,
} from '../../domain/legal-document';
import { compareCivilDate, formatDateNumeric, parseCivilDate } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import { quote, type Check } from '../context';
import { blocksOf, locate } from '../draft';

// The kinds whose citations are read: documents that are always cited by their own number.
// Other types of the table are left out on purpose: "Đề án 06/QĐ-TTg" names the đề án by the
// decision approving it, "Chương trình 135" by its name, and contracts ("Hợp đồng số
// 12/2025/HĐLĐ") are numbered as the parties please.
const CITED_KINDS = [
  'Nghị định',
  'Nghị quyết',
  'Quyết định',
  'Thông tư liên tịch',
  'Thông tư',
  'Chỉ thị',
  'Kế hoạch',
  'Công điện',
  'Thông báo',
  'Báo cáo',
  'Tờ trình',
  'Hướng dẫn',
];
const KINDS = [...CITED_KINDS, 'Văn bản', 'Công văn'].sort((a, b) => b.length - a.length).join('|');
// "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ"; number, date and issuer optional.
export const CITATION = new RegExp(
  `(?<![\\p{L}])(${KINDS})\\s+(?:số\\s*:?\\s*)?` +
    `(\\d+(?:\\.\\d+)?(?:\\/\\d{4})?\\/\\p{L}+(?:\\s?-\\s?[\\p{L}\\d_]+(?:-[\\p{L}\\d_]+)*)?)` +
    `(?:\\s*,?\\s*ngày\\s+(\\d{1,2}\\/\\d{1,2}\\/\\d{4}))?` +
    `(?:\\s*,?\\s*của\\s+(Thủ tướng Chính phủ|Chính phủ))?`,
  'giu',
);

/**
 * Citations of documents: the kind must match the type code ("Nghị định … NĐ-CP", "Nghị quyết …
 * NQ-…", "Quyết định … QĐ-…"), the year in the number the year of the date, the issuer the code
 * ("QĐ-TTg" of the Prime Minister, "NĐ-CP"/"NQ-CP" of the Government), and a document of the
 * registry (data/registry/van-ban-phap-luat.csv, plus the dataset's own documents with --data)
 * its date there.
 */
export const citations: Check = (draft, ctx) => {
  const issues: Issue[] = [];
  const registry = new Map(ctx.legal.map((d) => [d.number, d]));
  for (const block of blocksOf(draft))
    for (const m of block.text.matchAll(CITATION)) {
      const [whole, kindSaid, numberSaid, dateSaid, issuerSaid] = m;
      const n = parseDocumentNumber(numberSaid!.replace(/\s/g, ''));
      if (!n) continue;
      const kind = kindSaid!.charAt(0).toUpperCase() + kindSaid!.slice(1);
      const citation = quote(whole!, 0, Infinity);
      const at = locate(draft, block, m.index);
      const expected = kindProblem(kind, n);
      if (expected)
        issues.push(
          makeIssue(
            'AUDIT_CITATION_KIND',
            { citation, kind, expected, code: `${n.type}-${n.issuer}` },
            at,
          ),
        );
      const date = dateSaid ? parseCivilDate(dateSaid) : null;
      if (date && n.year !== null && n.year !== date.year)
        issues.push(
          makeIssue(
            'AUDIT_CITATION_YEAR',
            { citation, numberYear: n.year, dateYear: date.year },
            at,
          ),
        );
      const known = registry.get(numberKey(n));
      if (date && known?.date && compareCivilDate(date, known.date) !== 0)
        issues.push(
          makeIssue(
            'AUDIT_CITATION_DATE',
            {
              citation,
              source: known.fromData ? 'bộ dữ liệu' : 'danh mục văn bản',
              kind: known.kind,
              number: known.number,
              expected: formatDateNumeric(known.date),
              found: dateSaid!,
            },
            at,
          ),
        );
      const issuer = ISSUER_OF_CODE[n.issuer];
      if (issuerSaid && issuer && issuer !== issuerSaid && !expected)
        issues.push(
          makeIssue(
            'AUDIT_CITATION_ISSUER',
            { citation, code: `${n.type}-${n.issuer}`, expected: issuer, found: issuerSaid },
            at,
          ),
        );
    }
  return issues;
};
