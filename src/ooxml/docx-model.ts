/** A run of visible text with the properties Word resolves for it. */
export interface TextRun {
  readonly text: string;
  /** Font of ASCII text and of other Latin text (Vietnamese letters are drawn in the latter). */
  readonly ascii: string | null;
  readonly hAnsi: string | null;
  /** Points. */
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
  /** "000000", "auto", "FF0000"… or null when never set (black). */
  readonly color: string | null;
}

/** Where a paragraph sits in a top-level table of the body (0-based). */
export interface CellPlace {
  readonly table: number;
  readonly row: number;
  readonly cell: number;
  readonly cellsInRow: number;
}

/** A paragraph as the checker sees it: text as displayed, resolved runs and layout. */
export interface Para {
  /** The XML part it belongs to: word/document.xml, word/header1.xml… */
  readonly part: string;
  /** 1-based position in its part, table cells included, in document order. */
  readonly index: number;
  /** Visible text, NFC; line breaks "\n", tabs "\t"; w:caps applied. */
  readonly text: string;
  readonly runs: readonly TextRun[];
  readonly align: string;
  readonly ruleBelow: boolean;
  /** A drawing or VML shape anchored in it (a rule may be drawn as a line shape). */
  readonly hasDrawing: boolean;
  /** Space before, points. */
  readonly before: number;
  /** Place in a top-level table of the body; null outside tables. */
  readonly cell: CellPlace | null;
  /** 0-based section of the body it belongs to. */
  readonly section: number;
  /** The PAGE field it holds, if any: its instruction and the size of its result. */
  readonly pageField: { readonly instruction: string; readonly size: number } | null;
}

/** A header or footer part as a section uses it. */
export interface HeaderPart {
  readonly part: string;
  readonly paragraphs: readonly Para[];
}

/** Page setup of one section (w:sectPr), lengths in millimetres. */
export interface Section {
  readonly index: number;
  readonly width: number | null;
  readonly height: number | null;
  /** w:orient as written; null when absent (portrait by default). */
  readonly orient: string | null;
  readonly margins: {
    readonly top: number | null;
    readonly bottom: number | null;
    readonly left: number | null;
    readonly right: number | null;
  };
  readonly titlePage: boolean;
  /** Numbering starts again at this section (w:pgNumType/@w:start). */
  readonly restartsNumbering: boolean;
  /** Starts on a page of its own (not a continuous section break, w:type). */
  readonly newPage: boolean;
  /** Headers in force, inherited from the previous section when this one names none. */
  readonly defaultHeader: HeaderPart | null;
  readonly firstHeader: HeaderPart | null;
  /** w:pgNumType/@w:fmt, null when absent (decimal). */
  readonly numberFormat: string | null;
}

/** A .docx read for checking: body paragraphs, sections, and the other text parts. */
export interface DocxDocument {
  readonly body: readonly Para[];
  readonly sections: readonly Section[];
  /** Headers, footers, footnotes and endnotes: checked for font only. */
  readonly otherParts: readonly HeaderPart[];
}

/** A paragraph of a .docx as a reader of its text sees it: its style and its text. */
export interface DocxParagraph {
  /** The style id written on it (w:pStyle), "Normal" when none. */
  readonly style: string;
  /** Its runs' text as Word shows it, footnote marks written "[^id]". */
  readonly text: string;
  /** In a table cell. */
  readonly inTable: boolean;
}

/** A Word file's text: the body's paragraphs in order (table cells included) and each footnote by id. */
export interface DocxText {
  readonly body: readonly DocxParagraph[];
  readonly footnotes: ReadonlyMap<number, string>;
}

/** A table cell as read from WordprocessingML: its text and how many grid columns it covers. */
export interface DocxCell {
  readonly text: string;
  readonly span: number;
  /** Every run that shows text is bold (<w:b/> in its own properties). */
  readonly bold: boolean;
}

/** The rows of one table, cells in document order. */
export type DocxTable = readonly (readonly DocxCell[])[];
