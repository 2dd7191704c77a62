import type { CivilDate } from '../format/calendar-types';
import { DOCUMENT_TYPES, typeOfCode } from './document-types';

/**
 * Kinds of document and the type codes their symbol may start with, from the one table of
 * type codes (`document-types.ts`): "Nghị định số 118/2025/NĐ-CP", "Quyết định số
 * 766/QĐ-TTg". A Nghị định is issued by the Government only, so its symbol is always "NĐ-CP";
 * a Thông tư may be a joint one ("TTLT"). "Văn bản"/"Công văn" carry no type code.
 */
export const DOCUMENT_KINDS: readonly {
  kind: string;
  codes: readonly string[];
  symbol?: string;
}[] = DOCUMENT_TYPES.map((t) => ({
  kind: t.name,
  codes: t.code === 'TT' ? ['TT', 'TTLT'] : [t.code],
  ...(t.code === 'NĐ' ? { symbol: 'NĐ-CP' } : {}),
}));

/** Who issues documents whose symbol ends with this code, as citations name them. */
export const ISSUER_OF_CODE: Readonly<Record<string, string>> = {
  CP: 'Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
};

/** A document of the registry data/registry/van-ban-phap-luat.csv. */
export interface LegalDocument {
  /** "118/2025/NĐ-CP", "766/QĐ-TTg". */
  readonly number: string;
  /** "Nghị định", "Quyết định", … (one of DOCUMENT_KINDS). */
  readonly kind: string;
  /** Null when no source the project trusts gives the date. */
  readonly date: CivilDate | null;
  readonly issuer: string;
  readonly title: string;
  /** Set for the documents of a dataset (VanBan, TTHCNoiBo) added to the registry with --data. */
  readonly fromData?: true;
}

/** The parts of a document number: serial, year (when written), type code and issuer code. */
export interface DocumentNumber {
  readonly serial: string;
  readonly year: number | null;
  /** "NĐ" of "NĐ-CP"; for a công văn the issuing body ("UBND" of "UBND-HCC"). */
  readonly type: string;
  /** "CP" of "NĐ-CP", "TTg" of "QĐ-TTg", "HCC" of "UBND-HCC". */
  readonly issuer: string;
}

const NUMBER =
  /^(\d+(?:\.\d+)?)(?:\/(\d{4}))?\/([\p{L}]+)(?:\s?-\s?([\p{L}\d_]+(?:-[\p{L}\d_]+)*))?$/u;

/**
 * Reads "118/2025/NĐ-CP" into its parts; null when it is not a document number.
 * @example parseDocumentNumber('118/2025/NĐ-CP') // { serial: '118', year: 2025, type: 'NĐ', issuer: 'CP' }
 */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  const m = NUMBER.exec(text.normalize('NFC').trim());
  if (!m) return null;
  return { serial: m[1]!, year: m[2] ? Number(m[2]) : null, type: m[3]!, issuer: m[4] ?? '' };
}

/**
 * The problem of a number for its kind, or null: "Nghị định" needs "NĐ-CP", "Nghị quyết" "NQ-…".
 * @example kindProblem('Nghị quyết', parseDocumentNumber('66.7/2025/NĐ-CP')!) // 'NQ-…'
 */
export function kindProblem(kind: string, n: DocumentNumber): string | null {
  const k = DOCUMENT_KINDS.find((d) => d.kind.toLowerCase() === kind.toLowerCase());
  if (!k) return null;
  if (k.symbol) return `${n.type}-${n.issuer}` === k.symbol ? null : k.symbol;
  return k.codes.includes(n.type) ? null : `${k.codes[0]}-…`;
}

/**
 * The kind a type code names: "KH" → "Kế hoạch"; "Văn bản" for a công văn ("UBND-HCC").
 * @example kindOfCode('QĐ') // 'Quyết định'
 */
export const kindOfCode = (type: string): string => typeOfCode(type)?.name ?? 'Văn bản';

/** A number written the same way whatever the spaces: "766/QĐ- TTg" → "766/QĐ-TTg". */
export const numberKey = (n: DocumentNumber): string =>
  `${n.serial}${n.year !== null ? `/${n.year}` : ''}/${n.type}${n.issuer ? `-${n.issuer}` : ''}`;
