import type { Issue } from '../issues/issue';
import type { DocumentKind } from './document-kind';
import type { DocxDocument } from '../ooxml/docx-model';
import type { Frame } from './frame';

/** What every rule sees: the file's name (for locations), the read document, its frame and kind. */
export interface FormatContext {
  readonly file: string;
  readonly doc: DocxDocument;
  readonly frame: Frame;
  readonly kind: DocumentKind;
}

/** One element of Nghị định 30/2020 checked: its deviations, each an issue. */
export type FormatRule = (ctx: FormatContext) => Issue[];
