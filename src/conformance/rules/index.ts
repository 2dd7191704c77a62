import type { FormatRule } from '../context';
import type { DocumentKind } from '../document-kind';
import { annexHeading } from './annex-heading';
import { bodySize } from './body-size';
import { fontColor, fontFamily } from './fonts';
import { issuingBody } from './issuing-body';
import { kinhGui } from './kinh-gui';
import { margins } from './margins';
import { noiNhan } from './noi-nhan';
import { numberLine } from './number-line';
import { pageNumbers } from './page-numbers';
import { orientation, paperSize } from './page-size';
import { placeDate } from './place-date';
import { provinceWording } from './province-wording';
import { quocHieu } from './quoc-hieu';
import { signer } from './signer';
import { letterSummary, typedSummary } from './summary';
import { tieuNgu } from './tieu-ngu';
import { typeName } from './type-name';
import { unknownKind } from './unknown-kind';

/** Page, font and numbering: every document. */
const PAGE: readonly FormatRule[] = [
  paperSize,
  orientation,
  margins,
  fontFamily,
  fontColor,
  pageNumbers,
];

/** The header and closing shared by typed documents and letters. */
const FRAME: readonly FormatRule[] = [
  bodySize,
  issuingBody,
  quocHieu,
  tieuNgu,
  numberLine,
  placeDate,
  kinhGui,
  signer,
  noiNhan,
  provinceWording,
];

/**
 * The rules for each kind of document. An annex is attached to a report or letter and carries
 * its own heading instead of the header and signature (REFERENCE §5, "annex").
 */
export const RULES: Readonly<Record<DocumentKind['kind'], readonly FormatRule[]>> = {
  typed: [...PAGE, ...FRAME, typeName, typedSummary],
  letter: [...PAGE, ...FRAME, letterSummary],
  annex: [...PAGE, annexHeading, provinceWording],
  unknown: [...PAGE, unknownKind],
};
