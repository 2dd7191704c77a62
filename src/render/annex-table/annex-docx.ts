import { annexHeadingLines } from '../annex/annex-heading';
import { docxBytes, docxZip } from '../docx/package';
import { paragraph } from '../docx/paragraph';
import { run } from '../docx/run';
import type { AnnexDocument } from './annex-document';
import { annexTableDocx } from './annex-table-docx';
import { groupHeading } from '../../annexes/group-text';

/**
 * An annex of group tables as Word: A4 landscape, the annex heading of Nghị định 30/2020
 * naming the letter, the reading date and legend, then a table per group under its numbered
 * heading; each group after the first starts a page. `when` stamps the zip entries, so equal
 * input gives equal bytes.
 */
export function annexDocx<R>(doc: AnnexDocument<R>, when: Date): Buffer {
  const notes = [
    paragraph(run(doc.note, { italic: true, size: 13 }), {
      style: 'Khung',
      after: doc.legend ? 0 : 6,
    }),
    doc.legend
      ? paragraph(run(doc.legend, { italic: true, size: 12 }), { style: 'Khung', after: 6 })
      : '',
  ];
  const groups = doc.groups.flatMap((g, i) => [
    Buffer.from(
      paragraph(run(groupHeading(g.group, i), { bold: true, size: 13 }), {
        style: 'Khung',
        align: 'left',
        before: i === 0 ? 6 : 0,
        after: 6,
        keepNext: true,
        pageBreakBefore: i > 0,
      }),
    ),
    ...annexTableDocx(g.table),
  ]);
  // In UTF-8 pieces, not one string: a national annex's body is 84 MB (issue 19, memory).
  const body = [
    Buffer.from(annexHeadingLines(doc.title, doc.attachedTo) + notes.join('')),
    ...groups,
    // Word needs a paragraph after a closing table and would add a full-height one: this is 1 pt.
    Buffer.from(paragraph('', { style: 'Khung', markSize: 1 })),
  ];
  return docxBytes(docxZip({ body, orientation: 'landscape' }), when);
}
