import type { LetterFrame } from '../../contract/letter';
import { findProvince } from '../../domain/find-province';
import { issuingBodyLines } from '../../domain/issuing-body';
import { placeName, type Registry } from '../../domain/registry';
import { formatDocumentNumber, formatDraftHeaderDate, formatHeaderDate } from '../../format';
import type { LetterHead } from './letter-head';
import type { Signer } from './letter-closing';

/** Blank of a day or month not yet known, as in "ngày      tháng      năm 2025" (seed 001). */
const DATE_BLANK = ' '.repeat(6);

export interface ResolvedLetterFrame {
  readonly head: LetterHead;
  readonly signer: Signer;
  readonly recipients: readonly string[];
  readonly distribution: readonly string[];
  readonly archive: string;
  readonly isDraft: boolean;
  /** Time stamp of the file: the letter's date (the first of the month for a draft). */
  readonly stamp: Date;
}

/**
 * Turns the frame an official wrote into the printed lines: the issuing body and place from the
 * registry, the number or its blank, the date (day left blank for a draft), the signer.
 * Returns null when the province is unknown.
 */
export function resolveLetterFrame(f: LetterFrame, registry: Registry): ResolvedLetterFrame | null {
  const province = findProvince(registry, String(f.tinh));
  if (!province) return null;
  const date = f.ngay instanceof Date ? f.ngay.toISOString().slice(0, 10) : String(f.ngay);
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  const number =
    f.so === null || f.so === undefined || String(f.so).trim() === '' ? null : String(f.so).trim();
  const issuing = f.co_quan_ban_hanh
    ? f.co_quan_ban_hanh.split('\n').map((l) => l.trim().toLocaleUpperCase('vi'))
    : issuingBodyLines(province);
  const dateText =
    month === undefined
      ? `ngày${DATE_BLANK}tháng${DATE_BLANK}năm ${year}`
      : day
        ? formatHeaderDate({ year, month, day })
        : formatDraftHeaderDate({ year, month });
  return {
    head: {
      parentBody: f.co_quan_chu_quan ?? null,
      issuingBody: issuing,
      numberLine: `Số:${formatDocumentNumber(number, f.ky_hieu)}`,
      summary: `V/v ${f.trich_yeu}`,
      placeDate: `${f.dia_danh ?? placeName(province)}, ${dateText}`,
    },
    // Authority and title are printed in capitals (Nghị định 30/2020) however they are written.
    signer: {
      authority: f.ky.tham_quyen?.toLocaleUpperCase('vi') ?? null,
      title: f.ky.chuc_vu.toLocaleUpperCase('vi'),
      name: f.ky.ho_ten,
    },
    recipients: f.kinh_gui,
    distribution: f.noi_nhan,
    archive: f.luu,
    isDraft: number === null || !day,
    stamp: new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)),
  };
}
