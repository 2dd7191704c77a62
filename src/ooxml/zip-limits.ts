/**
 * How much a zip (an .xlsx dataset, a .docx draft or document) may hold once unpacked. Excel and
 * Word write a few dozen entries of a few megabytes; anything far beyond is a wrong file or a
 * zip bomb, refused by `zip-guard.ts` before any of it is inflated into memory.
 */

/** Most entries (files) in a zip; Excel writes a few dozen. */
export const MAX_ZIP_ENTRIES = 10_000;

/**
 * Largest uncompressed entry (one sheet's or one document's XML), in bytes. A Word draft's text
 * is bounded further by MAX_DRAFT_CHARS, a workbook's by MAX_WORKBOOK_XML_BYTES (ingest).
 */
export const MAX_ZIP_ENTRY_BYTES = 100 * 1024 * 1024;

/** Largest sum of uncompressed entries (pictures included), in bytes. */
export const MAX_ZIP_TOTAL_BYTES = 200 * 1024 * 1024;

/**
 * Highest compression ratio accepted for an entry above `RATIO_CHECKED_FROM_BYTES`. Sheet XML
 * compresses 10–40 times; a zip bomb (a file of zeros) about 1,000 times.
 */
export const MAX_ZIP_RATIO = 250;
export const RATIO_CHECKED_FROM_BYTES = 10 * 1024 * 1024;
