/**
 * How much input the readers accept. A province's dataset is a few thousand rows (a 100,000-row
 * table still fits with room to spare); anything far beyond is a wrong file or a hostile one,
 * and is refused before it is read into memory.
 */

/** Largest CSV or JSON file read, in bytes. */
export const MAX_TEXT_FILE_BYTES = 200 * 1024 * 1024;

/** Largest .xlsx file read, in bytes (compressed). */
export const MAX_WORKBOOK_BYTES = 100 * 1024 * 1024;

// The limits of a zip (.xlsx, .docx) are in src/ooxml/zip-limits.ts, with the guard that applies them.
