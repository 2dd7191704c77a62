import { DOCUMENT_TYPES, typeOfCode } from '../domain/document-types';
import type { Para } from '../ooxml/docx-model';
import { fold } from './text';

/** What a document is, which decides the rules that apply to it. */
export type DocumentKind =
  | {
      readonly kind: 'typed';
      readonly code: string;
      readonly name: string;
      /** Whether its sample has a summary under the type name (src/domain/document-types.ts). */
      readonly summary: boolean;
    }
  | { readonly kind: 'letter' }
  | { readonly kind: 'annex' }
  | { readonly kind: 'unknown' };

/** The symbol after "/" of a number line: "BC-UBND" of "Số: 12/BC-UBND". */
export const symbolOf = (numberLine: string): string | null =>
  /\/\s*([^\s/]+)\s*$/u.exec(numberLine)?.[1] ?? null;

/** The type code of a type name as written, whatever its case and accents: "Báo cáo" → BC. */
export const codeOfName = (text: string): string | undefined =>
  DOCUMENT_TYPES.find((t) => fold(t.name) === fold(text))?.code;

const typed = (code: string): DocumentKind => {
  const t = typeOfCode(code)!;
  return { kind: 'typed', code, name: t.name.toLocaleUpperCase('vi'), summary: t.summary };
};

/**
 * Tells the kind from the content, as a reader would: an annex opens with "Phụ lục" and has no
 * Quốc hiệu; otherwise a number line whose symbol starts with a type code names the type
 * ("BC-UBND" → báo cáo). A symbol starting otherwise ("UBND-HCC") is a công văn's when the
 * document has what every công văn has, a "V/v" summary or a "Kính gửi"; without either it may
 * be a type the table does not know, and the kind is unknown. Without a number line, a "V/v"
 * summary marks a công văn and a type name ("BÁO CÁO") a typed document.
 */
export function documentKind(f: {
  readonly first: Para | null;
  readonly quocHieu: Para | null;
  readonly numberLine: Para | null;
  readonly vv: Para | null;
  readonly typeName: Para | null;
  readonly kinhGui: readonly Para[];
}): DocumentKind {
  if (f.first && !f.quocHieu && fold(f.first.text).startsWith('phu luc')) return { kind: 'annex' };
  const symbol = f.numberLine ? symbolOf(f.numberLine.text) : null;
  const code = symbol?.split('-')[0];
  if (code !== undefined && typeOfCode(code)) return typed(code);
  if (f.vv || (symbol && f.kinhGui.length > 0)) return { kind: 'letter' };
  const named = f.typeName ? codeOfName(f.typeName.text) : undefined;
  return named ? typed(named) : { kind: 'unknown' };
}
