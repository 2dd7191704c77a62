import type { FormSpec } from './read-form';

/** The dataset upload: the data, and the texts a package may take beside it. */
export const UPLOAD_FORM = {
  du_lieu: { extensions: ['.xlsx', '.zip', '.json'], required: true },
  noi_dung: { extensions: ['.md', '.txt'] },
  mau: { extensions: ['.docx'] },
  chu_thich: { extensions: ['.yaml', '.yml', '.json'] },
  cong_van: { extensions: ['.md'] },
} as const satisfies FormSpec;

/** A draft to audit. */
export const AUDIT_FORM = {
  du_thao: { extensions: ['.docx', '.txt', '.md'], required: true },
} as const satisfies FormSpec;

/** Word files to check against Nghị định 30/2020. */
export const FORMAT_FORM = {
  van_ban: { extensions: ['.docx'], required: true, multiple: true },
} as const satisfies FormSpec;

/** A letter's content file. */
export const LETTER_FORM = {
  cong_van: { extensions: ['.md'], required: true },
} as const satisfies FormSpec;
