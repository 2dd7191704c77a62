import { closestName } from '../domain/closest-name';
import { sameBox } from './cell-place';
import type { Para } from '../ooxml/docx-model';
import { codeOfName } from './document-kind';
import { fold, foldStartsWith, hasText, isCaps, trimmed } from './text';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** How many paragraphs with text, from the top, may hold the header (Quốc hiệu … date). */
const HEAD_SPAN = 30;

/** The signer's cell and the Nơi nhận cell of the closing block, each as its paragraphs. */
export interface Closing {
  readonly noiNhan: readonly Para[] | null;
  readonly signer: readonly Para[] | null;
}

/** The elements of Nghị định 30/2020 found in a body, null where absent. */
export interface Frame {
  /** The first paragraph with text. */
  readonly first: Para | null;
  readonly quocHieu: Para | null;
  readonly tieuNgu: Para | null;
  /** The cell beside Quốc hiệu holding the issuing body (and the number, V/v below it). */
  readonly issuingCell: readonly Para[] | null;
  readonly numberLine: Para | null;
  readonly placeDate: Para | null;
  readonly vv: Para | null;
  readonly typeName: Para | null;
  /** The paragraph under the type name. */
  readonly summary: Para | null;
  /** The "Kính gửi" paragraph, then the "- …" lines of several recipients. */
  readonly kinhGui: readonly Para[];
  readonly closing: Closing;
}

const resembles = (p: Para, target: string, key: string) =>
  closestName(trimmed(p), [target]) !== undefined || fold(p.text).includes(key);

/** The paragraphs of each table cell of the body, in document order. */
function cellsOf(body: readonly Para[]): Para[][] {
  const cells: Para[][] = [];
  for (const p of body) {
    if (!p.cell) continue;
    const last = cells[cells.length - 1];
    if (last && sameBox(last[0]!, p)) last.push(p);
    else cells.push([p]);
  }
  return cells;
}

/**
 * The closing block: the table row whose cell opens with "Nơi nhận", the signer in the other
 * cell of that row; without Nơi nhận, the last cell of the last table after the header.
 */
function closingOf(body: readonly Para[], headEnd: number): Closing {
  const cells = cellsOf(body);
  const fromEnd = [...cells].reverse();
  const noiNhan = fromEnd.find((c) => foldStartsWith(c.find(hasText)?.text ?? '', 'noi nhan'));
  if (noiNhan) {
    const at = noiNhan[0]!.cell!;
    const signer = fromEnd.find(
      (c) => c[0]!.cell!.table === at.table && c[0]!.cell!.row === at.row && c !== noiNhan,
    );
    return { noiNhan, signer: signer ?? null };
  }
  const last = cells[cells.length - 1];
  return { noiNhan: null, signer: last && last[0]!.index > headEnd ? last : null };
}

/**
 * The "Kính gửi" line and, when it names no one itself, the recipient lines under it: each
 * ends with ";" but the last, so the list runs to the first line that does not.
 */
function kinhGuiOf(withText: readonly Para[]): Para[] {
  const at = withText.findIndex((p) => foldStartsWith(p.text, 'kinh gui'));
  if (at < 0) return [];
  const lines = [withText[at]!];
  if (/:\s*$/u.test(trimmed(withText[at]!)))
    for (const p of withText.slice(at + 1)) {
      if (p.cell) break;
      lines.push(p);
      if (!trimmed(p).endsWith(';')) break;
    }
  return lines;
}

/**
 * Finds the elements of the presentation in a body by their text, as a reader would: Quốc hiệu
 * (even misspelt) and the line under it, "Số:", the place and date line, "V/v", the type name
 * and its summary after the header, "Kính gửi", and the closing block.
 */
export function locateFrame(body: readonly Para[]): Frame {
  const withText = body.filter(hasText);
  const head = withText.slice(0, HEAD_SPAN);
  const find = (re: RegExp) => head.find((p) => re.test(trimmed(p))) ?? null;
  const quocHieu = head.find((p) => resembles(p, QUOC_HIEU, 'xa hoi chu nghia')) ?? null;
  const next = quocHieu ? withText[withText.indexOf(quocHieu) + 1] : undefined;
  const tieuNgu = next && resembles(next, TIEU_NGU, 'hanh phuc') ? next : null;
  const numberLine = find(/^Số\s*[:\d/]/u);
  const placeDate =
    head.find((p) => p !== numberLine && /ngày.*tháng.*năm\s*\d{4}$/u.test(trimmed(p))) ?? null;
  const vv = find(/^V\/v(\s|$)/u);
  const found = [quocHieu, tieuNgu, numberLine, placeDate, vv].filter((p) => p !== null);
  const headerTable = quocHieu?.cell?.table;
  const inHeader = body.filter((p) => headerTable !== undefined && p.cell?.table === headerTable);
  const headEnd = Math.max(0, ...[...found, ...inHeader].map((p) => p.index));
  const after = withText.find((p) => p.index > headEnd);
  const typeName =
    after &&
    !after.cell &&
    (codeOfName(after.text) || (isCaps(after.text) && after.text.length <= 40))
      ? after
      : null;
  const issuingCell = quocHieu?.cell
    ? body.filter(
        (p) =>
          p.cell?.table === quocHieu.cell!.table &&
          p.cell.row === quocHieu.cell!.row &&
          p.cell.cell === 0 &&
          quocHieu.cell!.cell > 0,
      )
    : null;
  return {
    first: withText[0] ?? null,
    quocHieu,
    tieuNgu,
    issuingCell: issuingCell && issuingCell.length > 0 ? issuingCell : null,
    numberLine,
    placeDate,
    vv,
    typeName,
    summary: typeName ? (withText[withText.indexOf(typeName) + 1] ?? null) : null,
    kinhGui: kinhGuiOf(withText),
    closing: closingOf(body, headEnd),
  };
}
