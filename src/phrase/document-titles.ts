import type { LetterModel } from '../compute/package-model';
import type { ReportModel } from '../compute/report-model';
import type { DocumentKey } from '../contract/package-files';
import type { FormTable } from '../forms';
import { provinceMention } from '../format';

/** "Công văn V/v …": the title of a letter's PDF and of its bookmark. */
export const letterTitle = (letter: LetterModel): string =>
  `Công văn V/v ${letter.frame.subject ?? ''}`;

/** The title of each document: its bookmark in the bundle and the title of its own PDF. */
export function documentTitles(
  m: ReportModel,
  forms: readonly FormTable[],
  letter: LetterModel | null,
): Record<DocumentKey, string> {
  const annex = `Phụ lục: Biểu mẫu thống kê ${forms.map((f) => f.form.code).join(', ')}`;
  const ranking = `Phụ lục: Kết quả Bộ chỉ số 766 của các cơ quan, địa phương ${provinceMention(m.province.name)}`;
  const compliance = `Phụ lục: Kết quả thực hiện các chỉ tiêu của các cơ quan, địa phương ${provinceMention(m.province.name)}`;
  return {
    report: `Báo cáo công tác kiểm soát thủ tục hành chính ${m.period.title}`,
    letter: letter ? letterTitle(letter) : 'Công văn về Bộ chỉ số 766',
    annex,
    forms: `${annex} (bảng tính)`,
    ranking,
    rankingWorkbook: `${ranking} (bảng tính)`,
    compliance,
    complianceWorkbook: `${compliance} (bảng tính)`,
  };
}
