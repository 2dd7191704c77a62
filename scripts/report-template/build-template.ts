import { docxZip } from '../../src/render/docx/package';
import { paragraph } from '../../src/render/docx/paragraph';
import { footnoteMark, run } from '../../src/render/docx/run';
import { REPORT_FOOTNOTES } from '../../src/catalogue/report-footnotes';

const footnoteId = (key: string) => REPORT_FOOTNOTES.find((f) => f.key === key)!.id;
import { closingTable, headerTable, titleBlock } from './frame';
import { opening, partI1to5 } from './part-a-i5';
import { partI6, partI7to11, partsIItoIV } from './part-i6-iv';
import type PizZip from 'pizzip';

const SUMMARY =
  'Công tác kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, một cửa liên thông và thực hiện cải cách thủ tục hành chính {ky} trên địa bàn {dia_ban}';

/** A footnote whose whole text is one tag, filled from the data. */
const note = (tag: string) =>
  paragraph(footnoteMark() + run(` {${tag}}`), { style: 'FootnoteText' });

/** The quarterly report template (templates/bao-cao-quy.docx) as a zip, ready to write. */
export function reportTemplate(): PizZip {
  const body =
    headerTable() +
    titleBlock(SUMMARY) +
    opening() +
    partI1to5() +
    partI6() +
    partI7to11() +
    partsIItoIV() +
    closingTable();
  return docxZip({
    body,
    orientation: 'portrait',
    footnotes: new Map([
      [footnoteId('ke_hoach'), note('chu_thich_ke_hoach')],
      [footnoteId('van_ban'), note('chu_thich_van_ban')],
      [footnoteId('noi_bo'), note('chu_thich_noi_bo')],
      [footnoteId('dia_gioi'), note('chu_thich_dia_gioi')],
    ]),
  });
}
