import { compareBlock, excerptOf, show, showExpected } from '../audit/checks/figures-vs-data';
import { blocksOf, locate } from '../audit/draft';
import { groupsOf } from '../audit/prose-labels';
import { draftFromDocx } from '../audit/draft-from-docx';
import type { ReportModel } from '../compute/report-model';
import { readDocxText } from '../ooxml/docx-text';
import type { Location } from '../issues/location';
import type { Mismatch } from './mismatch';

const withoutFile = (at: Location): Omit<Location, 'file'> => {
  const { paragraph, footnote, sentence } = at;
  return { paragraph, footnote, sentence };
};

/**
 * Every figure of a document whose words the catalogue knows ("Tổng số hồ sơ TTHC đã tiếp nhận
 * …: 176.319 hồ sơ"), read as `tthc audit` reads a draft, must be the model's: a template that
 * prints a figure under another's words is caught, whichever tag it used.
 */
export function proseFigures(bytes: Buffer, m: ReportModel, file: string) {
  const draft = draftFromDocx(readDocxText(bytes), file);
  const mismatches: Mismatch[] = [];
  let checked = 0;
  const blocks = blocksOf(draft);
  const groups = groupsOf(blocks);
  for (const [n, block] of blocks.entries()) {
    if (block.inTable) continue;
    const { compared, disagreements } = compareBlock(block, m, groups[n]);
    checked += compared.filter(Boolean).length;
    for (const d of disagreements)
      mismatches.push({
        kind: 'figure',
        file,
        at: {
          ...withoutFile(locate(draft, block, d.figure.start)),
          detail: `"${excerptOf(block.text, d)}": ${d.label.row.label} {${d.label.row.id}}`,
        },
        expected: showExpected(d.expected, d.figure),
        found: `"${show(d.found, d.figure.decimals, d.figure.percent)}"`,
      });
  }
  return { mismatches, checked };
}
