import type { ReportModel } from '../compute/report-model';
import type { LegalDocument } from '../domain/legal-document';
import type { Province } from '../domain/registry';
import type { Issue } from '../issues/issue';
import type { Draft } from './draft';

/** What the checks know besides the text: registries and, with --data, the report model. */
export interface AuditContext {
  /** The province the document is about, from --data or from its heading; null when unknown. */
  readonly province: Province | null;
  /** Official names of that province's communes without their kind ("Tằng Loỏng"). */
  readonly communes: readonly string[];
  /**
   * The communes of the other provinces, by their name compared loosely (`looseKey`), with the
   * provinces that have one of that name: "Tương Mai" is no misspelt commune of Lào Cai.
   */
  readonly communesElsewhere: ReadonlyMap<string, readonly string[]>;
  /** Official names of the provincial agencies ("Sở Công Thương"). */
  readonly agencies: readonly string[];
  /** The legal documents these reports cite (data/registry/van-ban-phap-luat.csv). */
  readonly legal: readonly LegalDocument[];
  /** The model of the dataset given with --data. */
  readonly model: ReportModel | null;
}

/** One named check: the text of a draft in, its findings out. */
export type Check = (draft: Draft, ctx: AuditContext) => Issue[];

/**
 * A short quotation of the text a finding is about, for the official to find it with Ctrl+F.
 * @example quote('Tổng số hồ sơ: 176.319 hồ sơ', 15, 28) // '176.319 hồ sơ'
 */
export function quote(text: string, start: number, end: number): string {
  const s = text.slice(Math.max(0, start), end).trim();
  return s.length > 90 ? `${s.slice(0, 87).trimEnd()}…` : s;
}

/**
 * A figure with the words that name it: the last words before it ("trực tuyến: 148.977 hồ sơ"),
 * or, when none, the first words after it ("132 TTHC ban hành mới"); or, given `afterWords`,
 * that many words after it (a rate named by the words after it).
 * @example figureQuote('…: 130 TTHC.', { start: 3, unitEnd: 11 }, 'liên thông cùng cấp: ', '.')
 * // 'liên thông cùng cấp: 130 TTHC'
 */
export function figureQuote(
  text: string,
  f: { readonly start: number; readonly unitEnd: number },
  before: string,
  after: string,
  afterWords = 0,
): string {
  if (afterWords > 0) {
    // Named by the words after it ("90% PAKN đã xử lý được công khai"): those are quoted.
    const tail = after
      .trim()
      .split(/\s+/)
      .slice(0, afterWords)
      .join(' ')
      .replace(/[,;:.]+$/u, '');
    return quote([text.slice(f.start, f.unitEnd), tail].filter(Boolean).join(' '), 0, Infinity);
  }
  const label = before
    .trim()
    .split(/\s+/)
    .slice(-6)
    .join(' ')
    .replace(/^[-+*•,;:\s]+/u, '');
  const tail = label
    ? ''
    : after
        .trim()
        .split(/\s+/)
        .slice(0, 4)
        .join(' ')
        .replace(/[,;:.]+$/u, '');
  const figure = text.slice(f.start, f.unitEnd);
  return quote([label, figure, tail].filter(Boolean).join(' '), 0, Infinity);
}
