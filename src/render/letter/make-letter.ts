import type { Registry } from '../../domain/registry';
import type { RawLetter } from '../../ingest/read-letter';
import { makeIssue, type Issue } from '../../issues/issue';
import { validateLetter } from '../../validate/letter/validate-letter';
import { letterBody } from './letter-body';
import { letterDocx } from './letter-docx';
import { resolveLetterFrame } from './resolve-frame';

/**
 * A directive letter from its content file: frame checked, body and footnotes rendered, every
 * problem reported at once. `dataNotes` are footnote texts computed from data, by key.
 */
export function makeLetter(
  raw: RawLetter,
  registry: Registry,
  dataNotes: ReadonlyMap<string, string> = new Map(),
): { bytes: Buffer | null; issues: Issue[] } {
  const { letter, issues } = validateLetter(raw);
  if (!letter) return { bytes: null, issues };
  const frame = resolveLetterFrame(letter.frame, registry);
  if (!frame)
    return {
      bytes: null,
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
  if (missing.length > 0) return { bytes: null, issues: missing };
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
  return { bytes, issues: [] };
}
