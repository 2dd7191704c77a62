import type { Para } from './docx-model';
import { fold } from './text';

/**
 * Type codes of the number line and the type names they print (REFERENCE §5). A symbol whose
 * first part is none of these ("UBND-HCC") is a công văn's.
 */
export const TYPE_NAMES: Readonly<Record<string, string>> = {
  BC: 'BÁO CÁO',
  KH: 'KẾ HOẠCH',
  QĐ: 'QUYẾT ĐỊNH',
  NQ: 'NGHỊ QUYẾT',
  CT: 'CHỈ THỊ',
  TB: 'THÔNG BÁO',
  TTr: 'TỜ TRÌNH',
  CĐ: 'CÔNG ĐIỆN',
};

/** What a document is, which decides the rules that apply to it. */
export type DocumentKind =
  | { readonly kind: 'typed'; readonly code: string; readonly name: string }
  | { readonly kind: 'letter' }
  | { readonly kind: 'annex' }
  | { readonly kind: 'unknown' };

/** The symbol after "/" of a number line: "BC-UBND" of "Số: 12/BC-UBND". */
export const symbolOf = (numberLine: string): string | null =>
  /\/\s*([^\s/]+)\s*$/u.exec(numberLine)?.[1] ?? null;

/** The type code of a type name as written, whatever its case and accents: "Báo cáo" → BC. */
export const codeOfName = (text: string): string | undefined =>
  Object.keys(TYPE_NAMES).find((c) => fold(TYPE_NAMES[c]!) === fold(text));

/**
 * Tells the kind from the content, as a reader would: an annex opens with "Phụ lục" and has no
 * Quốc hiệu; otherwise the number line's symbol names the type ("BC-UBND" → báo cáo) or, having
 * no type code, marks a công văn; without a number line, a "V/v" summary marks a công văn and a
 * type name ("BÁO CÁO") a typed document.
 */
export function documentKind(f: {
  readonly first: Para | null;
  readonly quocHieu: Para | null;
  readonly numberLine: Para | null;
  readonly vv: Para | null;
  readonly typeName: Para | null;
}): DocumentKind {
  if (f.first && !f.quocHieu && fold(f.first.text).startsWith('phu luc')) return { kind: 'annex' };
  const symbol = f.numberLine ? symbolOf(f.numberLine.text) : null;
  const code = symbol?.split('-')[0];
  if (code !== undefined && TYPE_NAMES[code])
    return { kind: 'typed', code, name: TYPE_NAMES[code] };
  if (symbol || f.vv) return { kind: 'letter' };
  const named = f.typeName ? codeOfName(f.typeName.text) : undefined;
  return named ? { kind: 'typed', code: named, name: TYPE_NAMES[named]! } : { kind: 'unknown' };
}
