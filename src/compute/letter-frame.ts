import { findProvince } from '../domain/find-province';
import { issuingBodyLines } from '../domain/issuing-body';
import { placeName, type Registry } from '../domain/registry';
import type { Letter } from '../validate/letter/validate-letter';
import type { DocumentFrame } from './document-frame';

/**
 * A letter's frame as its content file gives it: the issuing body and the place from the
 * registry unless written, the number or its blank, the date as written (a day or month not yet
 * known stays blank), the signer. Null when the province is unknown.
 */
export function letterFrame(letter: Letter, registry: Registry): DocumentFrame | null {
  const f = letter.frame;
  const province = findProvince(registry, String(f.tinh));
  if (!province) return null;
  const number =
    f.so === null || f.so === undefined || String(f.so).trim() === '' ? null : String(f.so).trim();
  const { year, month, day } = letter.date;
  return {
    parentBody: f.co_quan_chu_quan ?? null,
    issuingBody: f.co_quan_ban_hanh
      ? f.co_quan_ban_hanh.split('\n').map((l) => l.trim().toLocaleUpperCase('vi'))
      : issuingBodyLines(province),
    number,
    symbol: f.ky_hieu,
    isDraft: number === null || day === undefined,
    date: { year, month: month ?? 1, day: day ?? 1 },
    shownDate: letter.date,
    subject: f.trich_yeu,
    place: f.dia_danh ?? placeName(province),
    signer: {
      authority: f.ky.tham_quyen ?? null,
      onBehalfOf: null,
      title: f.ky.chuc_vu,
      name: f.ky.ho_ten,
    },
    recipients: f.kinh_gui,
    distribution: f.noi_nhan,
    archive: f.luu,
    formReceiver: '',
    preparer: null,
  };
}
