import type { ReportModel } from '../../compute/report-model';
import { annexHeadingLines } from '../annex/annex-heading';
import { docxBytes, docxZip } from '../docx/package';
import { paragraph } from '../docx/paragraph';
import { run } from '../docx/run';
import { rankingColumns } from './ranking-columns';
import { rankingTable } from './ranking-table';
import { requireRankingAnnex } from './require-ranking-annex';
import {
  changeLegend,
  groupHeading,
  rankingAttachedTo,
  rankingTitle,
  readingNote,
} from './ranking-text';

/**
 * The index-766 ranking annex as Word (seed 000's attachment): A4 landscape, the annex heading
 * of Nghị định 30/2020 naming the letter, the reading date, then a table per group with the
 * province's line on top; each group after the first starts a page. `when` stamps the zip
 * entries, so equal input gives equal bytes.
 */
export function rankingAnnexDocx(model: ReportModel, when: Date): Buffer {
  const annex = requireRankingAnnex(model);
  const legend = changeLegend(annex);
  const notes = [
    paragraph(run(readingNote(annex), { italic: true, size: 13 }), {
      style: 'Khung',
      after: legend ? 0 : 6,
    }),
    legend ? paragraph(run(legend, { italic: true, size: 12 }), { style: 'Khung', after: 6 }) : '',
  ];
  const groups = annex.tables.map((t, i) =>
    [
      paragraph(run(groupHeading(t.group, i), { bold: true, size: 13 }), {
        style: 'Khung',
        align: 'left',
        before: i === 0 ? 6 : 0,
        after: 6,
        keepNext: true,
        pageBreakBefore: i > 0,
      }),
      rankingTable(t, rankingColumns(t.group, annex.previousAsOf)),
    ].join(''),
  );
  const body =
    annexHeadingLines(rankingTitle(model), rankingAttachedTo(model)) +
    notes.join('') +
    groups.join('') +
    // Word needs a paragraph after a closing table and would add a full-height one: this is 1 pt.
    paragraph('', { style: 'Khung', markSize: 1 });
  return docxBytes(docxZip({ body, orientation: 'landscape' }), when);
}
