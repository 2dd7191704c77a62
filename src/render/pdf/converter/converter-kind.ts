/** The two converters: `cold` starts LibreOffice per call, `warm` keeps it running. */
export type ConverterKind = 'cold' | 'warm';

/** TTHC_PDF_CONVERTER's value, or null when it is neither `cold` nor `warm` (unset is cold). */
export function converterKind(env: NodeJS.ProcessEnv = process.env): ConverterKind | null {
  const value = (env.TTHC_PDF_CONVERTER ?? '').trim().toLowerCase();
  if (value === '' || value === 'cold') return 'cold';
  return value === 'warm' ? 'warm' : null;
}

/**
 * Whether TTHC_PDF_CONVERTER is set at all: unset, `tthc build --pdf` starts LibreOffice early
 * (early-converter.ts); set, it does what the value says.
 */
export const converterChosen = (env: NodeJS.ProcessEnv = process.env): boolean =>
  (env.TTHC_PDF_CONVERTER ?? '').trim() !== '';
