import type { ReportModel } from '../../compute/report-model';
import type { LetterFrame } from '../../contract/letter';
import type { Registry } from '../../domain/registry';
import type { RawLetter } from '../../ingest/read-letter';
import type { RawRules } from '../../ingest/read-rules';
import type { Issue } from '../../issues/issue';
import { validateFootnoteRules } from '../../validate/footnote-rules';
import type { Letter } from '../../validate/letter/validate-letter';
import { footnoteTexts } from '../footnotes/footnote-texts';
import { makeLetter } from '../letter/make-letter';
import { statisticsParagraph, type StatisticsMarks } from './statistics-paragraph';

/** The frame's names of the paragraph's footnote places, in the model's words. */
function marksOf(f: LetterFrame): StatisticsMarks {
  const c = f.chu_thich_chi_so ?? {};
  return {
    comparison: c.so_sanh,
    transparency: c.cong_khai_minh_bach,
    progress: c.tien_do_giai_quyet,
    onlineService: c.dich_vu_cong_truc_tuyen,
    satisfaction: c.muc_do_hai_long,
    digitisation: c.so_hoa_ho_so,
  };
}

export interface IndexLetter {
  readonly bytes: Buffer | null;
  readonly letter: Letter | null;
  /** Footnote texts computed from the data, by rule name: what the read-back expects. */
  readonly notes: ReadonlyMap<string, string>;
  readonly issues: Issue[];
}

/**
 * The index-766 letter (seed 000): its {{thong_ke_766}} paragraph computed from the readings,
 * its footnotes from the rule file applied to the data, its frame and prose from the letter file.
 */
export function indexLetter(
  raw: RawLetter,
  rules: RawRules | null,
  model: ReportModel,
  registry: Registry,
): IndexLetter {
  const issues: Issue[] = [];
  const notes = new Map<string, string>();
  if (rules) {
    const checked = validateFootnoteRules(rules);
    issues.push(...checked.issues);
    if (checked.rules) {
      const texts = footnoteTexts(model, checked.rules);
      issues.push(...texts.issues);
      for (const f of texts.footnotes) notes.set(f.key, f.text);
    }
  }
  if (issues.some((i) => i.severity === 'error'))
    return { bytes: null, letter: null, notes, issues };
  const made = makeLetter(raw, registry, notes, (letter): Record<string, string> => {
    const text = model.index766
      ? statisticsParagraph(model.index766, model.province.name, marksOf(letter.frame))
      : null;
    return text ? { thong_ke_766: text } : {};
  });
  return { ...made, notes, issues: [...issues, ...made.issues] };
}
