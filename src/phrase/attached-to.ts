import type { DocumentFrame } from '../compute/document-frame';
import {
  formatDateShort,
  formatDocumentNumber,
  formatDraftHeaderDate,
  provinceMention,
} from '../format';

/**
 * The line under an annex's title naming the document it is attached to (Nghị định 30/2020),
 * from that document's frame: "(Kèm theo Báo cáo số 187/BC-UBND ngày 16/6/2026 của UBND tỉnh
 * Lai Châu)", or with the number and the day left blank for a draft. A letter is named "Văn
 * bản": "(Kèm theo Văn bản số 862/UBND-HCC …)". Render writes it, verify expects it.
 */
export function attachedToLine(
  frame: DocumentFrame,
  provinceName: string,
  documentKind = 'Báo cáo',
): string {
  const date =
    frame.isDraft || frame.number === null
      ? formatDraftHeaderDate(frame.date)
      : formatDateShort(frame.date);
  return `(Kèm theo ${documentKind} số${formatDocumentNumber(frame.number, frame.symbol)} ${date} của UBND ${provinceMention(provinceName)})`;
}
