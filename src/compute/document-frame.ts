import { issuingBodyLines } from '../domain/issuing-body';
import { placeName } from '../domain/registry';
import type { CivilDate, FrameDate } from '../format/calendar-types';
import type { Dataset } from '../domain/dataset';

/**
 * The frame of a document (Nghị định 30/2020): who issues, number, date, who signs, who
 * receives. One shape for the report (from ThongTin) and for letters (from their content file).
 */
export interface DocumentFrame {
  readonly parentBody: string | null;
  /** Issuing body in capitals, one entry per printed line: ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"]. */
  readonly issuingBody: readonly string[];
  readonly number: string | null;
  readonly symbol: string;
  readonly isDraft: boolean;
  /** The document's date: the report date; a letter's date, its first day when not yet known. */
  readonly date: CivilDate;
  /** The date as the header prints it: a draft leaves its day blank. */
  readonly shownDate: FrameDate;
  /** A letter's summary under its number, without "V/v"; null for a report. */
  readonly subject: string | null;
  readonly place: string;
  readonly signer: {
    readonly authority: string | null;
    readonly onBehalfOf: string | null;
    readonly title: string;
    readonly name: string;
  };
  readonly recipients: readonly string[];
  readonly distribution: readonly string[];
  readonly archive: string;
  /** Receiver named on the statistical forms. */
  readonly formReceiver: string;
  /** Who prepared the forms, printed under "NGƯỜI LẬP BIỂU"; null when not given. */
  readonly preparer: string | null;
}

function issuingBody(ds: Dataset): string[] {
  const given = ds.meta.co_quan_ban_hanh;
  if (given) {
    const m = /^(ỦY BAN NHÂN DÂN)\s+(.+)$/u.exec(given.trim());
    return m ? [m[1]!, m[2]!] : [given.trim()];
  }
  return issuingBodyLines(ds.province);
}

/** Header, signature and distribution of the document, with the defaults of ThongTin applied. */
export function computeFrame(ds: Dataset, defaultSymbol: string): DocumentFrame {
  const m = ds.meta;
  return {
    parentBody: m.co_quan_chu_quan,
    issuingBody: issuingBody(ds),
    number: m.so_van_ban,
    symbol: m.ky_hieu ?? defaultSymbol,
    isDraft: m.so_van_ban === null,
    date: m.ngay_bao_cao,
    shownDate:
      m.so_van_ban === null
        ? { year: m.ngay_bao_cao.year, month: m.ngay_bao_cao.month }
        : m.ngay_bao_cao,
    subject: null,
    place: m.dia_danh ?? placeName(ds.province),
    signer: {
      authority: m.ky_tham_quyen,
      onBehalfOf: m.ky_thay_chuc_vu,
      title: m.ky_chuc_vu,
      name: m.ky_ho_ten,
    },
    recipients: ds.recipients,
    distribution: ds.distribution,
    archive: m.luu ?? 'VT',
    formReceiver: m.don_vi_nhan_bao_cao ?? 'Bộ Tư pháp',
    preparer: m.nguoi_lap_bieu,
  };
}
