import { STATISTICS_PARAGRAPH } from '../catalogue';
import type { Registry } from '../domain/registry';
import { makeIssue, type Issue } from '../issues/issue';
import type { Letter } from '../validate/letter/validate-letter';
import { resolveLines } from './content/resolve-lines';
import { conditionsOf, VALUE_REFS } from './quarterly-report';
import { letterFrame } from './letter-frame';
import type { LetterFootnote, LetterModel } from './package-model';
import type { ReportModel } from './report-model';

const DEFINITION = /^\[\^([\p{L}\d_-]+)\]:\s*(.*)$/u;
const REFERENCE = /\[\^([\p{L}\d_-]+)\]/gu;

/** Where {{thong_ke_766}} puts footnote references, by the frame's names of its places. */
function marksOf(letter: Letter): Record<string, string> {
  const c = letter.frame.chu_thich_chi_so ?? {};
  const marks: Record<string, string | undefined> = {
    comparison: c.so_sanh,
    transparency: c.cong_khai_minh_bach,
    progress: c.tien_do_giai_quyet,
    onlineService: c.dich_vu_cong_truc_tuyen,
    payment: c.thanh_toan_truc_tuyen,
    satisfaction: c.muc_do_hai_long,
    digitisation: c.so_hoa_ho_so,
  };
  return Object.fromEntries(Object.entries(marks).filter((e): e is [string, string] => !!e[1]));
}

/** The keys a resolved body refers to: its typed marks and those the statistics place. */
function referencedKeys(
  body: LetterModel['body'],
  marks: Readonly<Record<string, string>>,
  report: ReportModel | null,
): { key: string; line: number }[] {
  const out: { key: string; line: number }[] = [];
  for (const l of body)
    for (const s of l.segments) {
      if ('text' in s)
        for (const m of s.text.matchAll(REFERENCE)) out.push({ key: m[1]!, line: l.line });
      else if (s.ref === STATISTICS_PARAGRAPH)
        for (const [place, key] of Object.entries(marks))
          // The comparison clause, and its mark, is written only against an earlier reading.
          if (place !== 'comparison' || report?.index766?.province?.comparison)
            out.push({ key, line: l.line });
    }
  return out;
}

/**
 * A letter ready to draw: its frame resolved (issuing body and place from the registry, date
 * as written), its placeholders resolved on the data when it has some, its footnotes typed in
 * the file ("[^key]: …") or written by the rules (`dataNotes`). A reference to a footnote that
 * neither gives is an error at its line.
 */
export function letterModel(
  letter: Letter,
  registry: Registry,
  report: ReportModel | null,
  dataNotes: ReadonlyMap<string, LetterFootnote> = new Map(),
): { letter: LetterModel | null; issues: Issue[] } {
  const frame = letterFrame(letter, registry);
  if (!frame)
    return {
      letter: null,
      issues: [
        makeIssue(
          'LETTER_PROVINCE',
          { value: String(letter.frame.tinh) },
          { file: letter.file, detail: 'trường tinh' },
        ),
      ],
    };
  const typed = new Map<string, LetterFootnote>();
  const paragraphs: { text: string; line: number }[] = [];
  for (const l of letter.body) {
    const def = DEFINITION.exec(l.text.trim());
    if (def) typed.set(def[1]!, { key: def[1]!, text: def[2]!, lists: null });
    else if (l.text.trim()) paragraphs.push({ text: l.text.trim(), line: l.line });
  }
  const refs: ReadonlySet<string> = report
    ? new Set([...VALUE_REFS, STATISTICS_PARAGRAPH])
    : new Set();
  const body = resolveLines(paragraphs, refs, report ? conditionsOf(report) : {});
  const marks = marksOf(letter);
  const footnotes = new Map([...dataNotes, ...typed]);
  const seen = new Set<string>();
  const issues = referencedKeys(body, marks, report).flatMap(({ key, line }) => {
    if (footnotes.has(key) || seen.has(key)) return [];
    seen.add(key);
    return [makeIssue('LETTER_FOOTNOTE_UNDEFINED', { key }, { file: letter.file, row: line })];
  });
  return { letter: { file: letter.file, frame, body, footnotes, marks }, issues };
}
