import type { FormTable } from '../../forms';
import type { FormFrame } from '../../forms/form-frame';
import { paragraph } from '../docx/paragraph';
import { run, type RunStyle } from '../docx/run';
import { table } from '../docx/table';
import { LANDSCAPE_TEXT_WIDTH } from '../../annexes/page';

// Room for the handwritten signature and the seal between the title and the name.
const SIGNATURE_SPACE = 60;

const centred = (text: string, style: RunStyle, before = 0, keepNext = true) =>
  paragraph(run(text, { ...style, size: 13 }), { style: 'Khung', before, keepNext });

/** "NGƯỜI LẬP BIỂU" and, when ThongTin names one, the preparer level with the signer's name. */
function preparer(frame: FormFrame): string {
  const heading = centred(frame.preparer, { bold: true });
  if (!frame.preparerName) return heading;
  // The signer's lines above the name (authority, title) less the heading's own line.
  const blanks = Math.max(0, frame.signer.length - 2);
  const pad = Array.from({ length: blanks }, () => centred('', {}, 0, false)).join('');
  return heading + pad + centred(frame.preparerName, { bold: true }, SIGNATURE_SPACE, false);
}

/**
 * Under a form's table: its notes, then the place and date over the signer, with "Người lập
 * biểu" level with the signer at the left. Everything down to the signer's title keeps with
 * what follows, so that Word carries the table's last row over with a signature block that
 * does not fit (LibreOffice ignores this inside tables and moves the block alone).
 */
export function formFoot(t: FormTable, frame: FormFrame): string {
  const notes = t.notes.map((n, i) =>
    paragraph(run(n, { size: 13 }), { before: i === 0 ? 6 : 0, after: 0, keepNext: true }),
  );
  const half = LANDSCAPE_TEXT_WIDTH / 2;
  const last = frame.signer.length - 1;
  const signer = frame.signer.map((line, i) =>
    i === last
      ? centred(line, { bold: true }, SIGNATURE_SPACE, false)
      : centred(line, { bold: true }),
  );
  // Two tables with nothing between them are one table to Word and LibreOffice: this paragraph
  // keeps the borderless signatures out of the bordered form table.
  const gap = paragraph('', { style: 'Khung', markSize: 6, keepNext: true });
  const signatures = table({
    widths: [half, half],
    borders: false,
    rows: [
      {
        cells: [
          { content: paragraph('', { style: 'Khung', keepNext: true }) },
          { content: centred(frame.placeDate, { italic: true }, 12) },
        ],
      },
      {
        cells: [{ content: preparer(frame) }, { content: signer.join('') }],
      },
    ],
  });
  return notes.join('') + gap + signatures;
}
