/**
 * The programs the tool runs, named once: render converts with LibreOffice, verify reads the PDFs
 * back with poppler's pdftotext.
 */

/** The LibreOffice program: `soffice` on the PATH, or the path given in TTHC_SOFFICE. */
export const sofficeCommand = (): string => process.env.TTHC_SOFFICE || 'soffice';

/** Read-back of the PDFs uses poppler's pdftotext. */
export const PDFTOTEXT = 'pdftotext';
