import type { ColumnDef } from '../../contract/column';
import { issuingBodyLines } from '../../domain/issuing-body';
import { periodCode } from '../../domain/period';
import { placeName, type Province } from '../../domain/registry';
import { parseCivilDate, stripKindWord } from '../../format';
import type { Period } from '../../format/calendar-types';

/** What the workbook knows of itself: its province, its period, one of its communes. */
export interface NoteContext {
  readonly province: Province;
  readonly period: Period;
  readonly commune?: { readonly code: string; readonly name: string };
}

/** A neutral name: never the sample's signer, whom an official might copy. */
const NEUTRAL_SIGNER = 'Nguyễn Văn A';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The example a header's note shows, in the workbook's own terms (issue 17): its province,
 * its period, one of its communes, a neutral name, and dates as the sheet asks them
 * (dd/mm/yyyy), never the contract's sample from Lào Cai in ISO form.
 */
export function exampleFor(col: ColumnDef, ctx: NoteContext): string {
  const commune = ctx.commune;
  switch (col.key) {
    case 'tinh':
      return ctx.province.code;
    case 'ky_bao_cao':
      return periodCode(ctx.period);
    case 'co_quan_ban_hanh':
      return issuingBodyLines(ctx.province).join(' ');
    case 'dia_danh':
      return placeName(ctx.province);
    case 'ky_ho_ten':
      return NEUTRAL_SIGNER;
    case 'ma_don_vi':
      return commune?.code ?? col.example;
    case 'ten':
    case 'ten_don_vi':
      return commune?.name ?? col.example;
    case 'ten_hien_thi':
      return commune ? stripKindWord(commune.name) : col.example;
  }
  if (col.type === 'date') {
    const d = parseCivilDate(col.example);
    if (d) return `${two(d.day)}/${two(d.month)}/${d.year}`;
  }
  return col.example;
}
