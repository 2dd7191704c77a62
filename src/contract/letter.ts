import { z } from 'zod';

const text = z.string().trim().min(1);

/**
 * The frame of a directive letter (công văn), written by an official at the top of the letter's
 * content file between "---" lines (YAML). The body follows in plain text or Markdown.
 */
export const LETTER_FRAME = z
  .object({
    /** Number once issued; empty or absent for a draft ("Số:      /UBND-HCC"). */
    so: z.union([z.string(), z.number()]).nullish(),
    ky_hieu: text.default('UBND-HCC'),
    /**
     * "2026-04-28" once issued; "2026-04" leaves the day blank, "2026" the day and month. Its
     * form and the calendar are checked by validate-letter (letter-date.ts), in Vietnamese.
     */
    ngay: z.union([z.string(), z.number().int(), z.date()]),
    /** Province code or name; the issuing body and the place follow from the registry. */
    tinh: z.union([z.string(), z.number()]),
    co_quan_chu_quan: z.string().nullish(),
    co_quan_ban_hanh: z.string().nullish(),
    dia_danh: z.string().nullish(),
    /** The summary under the number, without "V/v". */
    trich_yeu: text,
    kinh_gui: z.array(text).min(1),
    noi_nhan: z.array(text).default([]),
    luu: text.default('VT'),
    /**
     * Index-766 letters: which footnote (by rule name) follows the comparison clause and which
     * follow group scores in {{thong_ke_766}}, e.g. { so_sanh: xep_hang_thap }.
     */
    chu_thich_chi_so: z
      .object({
        so_sanh: z.string(),
        cong_khai_minh_bach: z.string(),
        tien_do_giai_quyet: z.string(),
        dich_vu_cong_truc_tuyen: z.string(),
        muc_do_hai_long: z.string(),
        so_hoa_ho_so: z.string(),
      })
      .partial()
      .strict()
      .optional(),
    ky: z.object({
      tham_quyen: z.string().nullish(),
      chuc_vu: text,
      ho_ten: text,
    }),
  })
  .strict();

export type LetterFrame = z.infer<typeof LETTER_FRAME>;

/** Name of a letter's content file inside a dataset folder, when build makes the letter. */
export const LETTER_FILE = 'cong-van.md';
