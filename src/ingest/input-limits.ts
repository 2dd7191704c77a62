/**
 * How much input the readers accept. A province's dataset is a few thousand rows (a 100,000-row
 * table still fits with room to spare); anything far beyond is a wrong file or a hostile one,
 * and is refused before it is read into memory.
 */

/**
 * Largest CSV or JSON file read, in bytes. Fifty times a large province's dataset; at this
 * size the whole run stays under 1 GB of memory (docs/robustness.md gives the figures).
 */
export const MAX_TEXT_FILE_BYTES = 50 * 1024 * 1024;

/** Largest .xlsx file read, in bytes (compressed). */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

/**
 * Largest sum of the XML parts of a workbook that exceljs parses (sheets, shared strings,
 * styles), uncompressed. exceljs holds the whole workbook, about 20 bytes of memory for each
 * byte of XML: 30 MB (a sheet of 85,000 rows) is read within 1 GB.
 */
export const MAX_WORKBOOK_XML_BYTES = 30 * 1024 * 1024;

// The limits of a zip (.xlsx, .docx) are in src/ooxml/zip-limits.ts, with the guard that applies them.

/**
 * Longest record (a line of a CSV file, or the lines of one quoted value) read, in bytes: a
 * line of a province's data is a few hundred bytes, a cell at most 2,000 characters. Checked
 * while the file streams, before the record's strings are built.
 */
export const MAX_CSV_RECORD_BYTES = 1024 * 1024;

/** Most cells kept of one record; the others (a line of 100,000 commas) are not read. */
export const MAX_CSV_FIELDS = 1000;

/** Most rows read of one table (a CSV file, a sheet, a JSON list). */
export const MAX_TABLE_ROWS = 200_000;

/**
 * Largest draft read by `tthc audit` as text (.txt, .md): a long report is a few hundred kB,
 * and audit reads about a megabyte a second (docs/robustness.md).
 */
export const MAX_DRAFT_TEXT_BYTES = 2 * 1024 * 1024;

/** Largest Word draft read by `tthc audit` (compressed; its parts are checked by the zip guard). */
export const MAX_DRAFT_DOCX_BYTES = 20 * 1024 * 1024;

/** Most characters of text audited in one draft, whatever its format: a Word file's text too. */
export const MAX_DRAFT_CHARS = 2_000_000;

/**
 * Largest text file an office writes by hand and the tool reads whole: a letter's content
 * file, the report's content file (noi-dung.md), a footnote rule file. Each is a few kB.
 */
export const MAX_OFFICE_TEXT_BYTES = 2 * 1024 * 1024;

/** Largest Word template (--mau): the bundled one is 20 kB; a logo or two may be added. */
export const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;
