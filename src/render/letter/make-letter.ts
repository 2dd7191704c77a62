import type { Registry } from '../../domain/registry';
import type { RawLetter } from '../../ingest/read-letter';
import { makeIssue, type Issue } from '../../issues/issue';
import { validateLetter, type Letter } from '../../validate/letter/validate-letter';
import { letterBody } from './letter-body';
import { letterDocx } from './letter-docx';
import { fillLetterValues } from './letter-values';
import { resolveLetterFrame } from './resolve-frame';

/**
 * A directive letter from its content file: frame checked, body and footnotes rendered, every
 * problem reported at once. `dataNotes` are footnote texts computed from data, by key;
 * `values` the {{name}} values computed from data, which may depend on the letter's frame.
 * Returns the letter as filled, for the read-back check.
 */
export function makeLetter(
  raw: RawLetter,
  registry: Registry,
  dataNotes: ReadonlyMap<string, string> = new Map(),
  values: (letter: Letter) => Readonly<Record<string, string>> = () => ({}),
): { bytes: Buffer | null; letter: Letter | null; issues: Issue[] } {
  const checked = validateLetter(raw);
  if (!checked.letter) return { bytes: null, letter: null, issues: checked.issues };
  const filled = fillLetterValues(checked.letter.body, values(checked.letter), raw.file);
  if (filled.issues.length > 0) return { bytes: null, letter: null, issues: filled.issues };
  const letter: Letter = { ...checked.letter, body: filled.lines };
  const frame = resolveLetterFrame(letter.frame, registry);
  if (!frame)
    return {
      bytes: null,
      letter: null,
      issues: [
        makeIssue(
          'LETTER_PROVINCE',
          { value: String(letter.frame.tinh) },
          { file: raw.file, detail: 'trường tinh' },
        ),
      ],
    };
  const body = letterBody(letter.body, dataNotes);
  const missing = body.undefinedKeys.map((u) =>
    makeIssue('LETTER_FOOTNOTE_UNDEFINED', { key: u.key }, { file: raw.file, row: u.line }),
  );
  if (missing.length > 0) return { bytes: null, letter: null, issues: missing };
  const bytes = letterDocx(
    {
      head: frame.head,
      recipients: frame.recipients,
      body,
      distribution: frame.distribution,
      archive: frame.archive,
      signer: frame.signer,
    },
    frame.stamp,
  );
  // Warnings of the frame and body (control characters removed) are the official's to see.
  return { bytes, letter, issues: checked.issues };
}
