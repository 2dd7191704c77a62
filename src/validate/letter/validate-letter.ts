import { z } from 'zod';
import { LETTER_FRAME, type LetterFrame } from '../../contract/letter';
import { toNfc } from '../../format';
import type { RawLetter } from '../../ingest/read-letter';
import { readYaml } from '../../ingest/read-yaml';
import { hasErrors, makeIssue, type Issue } from '../../issues/issue';
import { cleanLetter } from './clean-letter';
import type { FrameDate } from '../../format/calendar-types';
import { letterDate, letterDateProblem } from './letter-date';

const vietnamese = z.locales.vi();

/** A letter whose frame passed its schema, and whose body is ready to render. */
export interface Letter {
  readonly frame: LetterFrame;
  /** `frame.ngay` read: what the header prints. */
  readonly date: FrameDate;
  readonly body: RawLetter['body'];
  readonly file: string;
}

/**
 * Checks a letter's frame: YAML syntax (with its line, in Vietnamese), then every field
 * against the schema and the date against the calendar, all problems at once, each naming
 * the field. Control characters are removed first, with a warning.
 */
export function validateLetter(given: RawLetter): { letter: Letter | null; issues: Issue[] } {
  const { raw, issues: cleaning } = cleanLetter(given);
  const fail = (issues: Issue[]) => ({ letter: null, issues: [...cleaning, ...issues] });
  if (hasErrors(cleaning)) return fail([]);
  const yaml = readYaml(toNfc(raw.frame));
  if (yaml.problems.length > 0)
    return fail(
      yaml.problems.map((p) =>
        makeIssue(
          'LETTER_YAML',
          { reason: p.reason },
          { file: raw.file, row: p.line === undefined ? undefined : raw.frameLine + p.line - 1 },
        ),
      ),
    );
  const parsed = LETTER_FRAME.safeParse(yaml.value ?? {}, { error: vietnamese.localeError });
  if (!parsed.success)
    return fail(
      parsed.error.issues.map((i) =>
        makeIssue(
          'LETTER_FIELD',
          { field: i.path.join('.') || '(khung)', reason: i.message },
          { file: raw.file, detail: `trường ${i.path.join('.')}` },
        ),
      ),
    );
  const dateProblem = letterDateProblem(parsed.data.ngay);
  if (dateProblem)
    return fail([
      makeIssue(
        'LETTER_FIELD',
        { field: 'ngay', reason: dateProblem },
        { file: raw.file, detail: 'trường ngay' },
      ),
    ]);
  const body = raw.body.map((l) => ({ ...l, text: toNfc(l.text) }));
  const date = letterDate(parsed.data.ngay)!;
  return { letter: { frame: parsed.data, date, body, file: raw.file }, issues: cleaning };
}
