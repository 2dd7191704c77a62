import { spawnSync } from 'node:child_process';
import type { FormTable } from '../../forms';
import { PDFTOTEXT } from '../../tools/programs';

/** Rows carried over with the signatures: the last two of the form and its total. */
const CARRIED = 3;

/**
 * The forms whose signature block LibreOffice set alone on a page of the annex's PDF, with the
 * row to start a new page at. LibreOffice does not keep a table that runs over several pages
 * with the paragraph after it (Word does, through keepNext), so a long form such as 06c of a
 * big city can end with a page holding only "NGƯỜI LẬP BIỂU" and the signer. A page is the
 * signatures' alone when it has the preparer's heading and no row of column numbers "(1)".
 */
export function formsSignedAlone(
  pdf: string,
  forms: readonly FormTable[],
  preparer: string,
): Map<string, number> {
  const r = spawnSync(PDFTOTEXT, ['-enc', 'UTF-8', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = new Map<string, number>();
  if (r.status !== 0) return out;
  let form: FormTable | undefined;
  for (const page of r.stdout.split('\f')) {
    form = forms.find((f) => page.includes(f.form.fullCode)) ?? form;
    if (!form || !page.includes(preparer) || /\(1\)/.test(page)) continue;
    if (form.rows.length > CARRIED) out.set(form.form.code, form.rows.length - CARRIED);
  }
  return out;
}
