import type { DocumentFrame } from '../compute/document-frame';
import { formatDocumentNumber } from '../format';
import { frameDate } from './frame-date';

/** The lines of a letter's header as it prints them. */
export interface FrameLines {
  readonly parentBody: string | null;
  readonly issuingBody: readonly string[];
  /** "Số: 862/UBND-HCC" or, for a draft, "Số:      /UBND-HCC". */
  readonly numberLine: string;
  /** "V/v …" */
  readonly summary: string;
  /** "Lào Cai, ngày      tháng 4 năm 2026". */
  readonly placeDate: string;
}

/**
 * A frame's header lines: the number or its blank, the summary after "V/v", the place and date.
 * @example frameLines(frame).placeDate // 'Lào Cai, ngày      tháng 8 năm 2025'
 */
export function frameLines(f: DocumentFrame): FrameLines {
  return {
    parentBody: f.parentBody,
    issuingBody: f.issuingBody,
    numberLine: `Số:${formatDocumentNumber(f.number, f.symbol)}`,
    summary: `V/v ${f.subject ?? ''}`,
    placeDate: `${f.place}, ${frameDate(f.shownDate)}`,
  };
}
