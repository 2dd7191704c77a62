/**
 * The four footnotes of the quarterly report (seed 003), each listing documents of the data:
 * its key (a content file places [^dia_gioi] itself), its number in the template's
 * word/footnotes.xml, and the text of the catalogue it prints.
 */
export const REPORT_FOOTNOTES = [
  { key: 'ke_hoach', id: 1, text: 'chu_thich_ke_hoach' },
  { key: 'van_ban', id: 2, text: 'chu_thich_van_ban' },
  { key: 'noi_bo', id: 3, text: 'chu_thich_noi_bo' },
  { key: 'dia_gioi', id: 4, text: 'chu_thich_dia_gioi' },
] as const;

export type ReportFootnoteKey = (typeof REPORT_FOOTNOTES)[number]['key'];
