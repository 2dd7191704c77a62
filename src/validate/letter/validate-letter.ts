import { z } from 'zod';
import { parseDocument } from 'yaml';
import { LETTER_FRAME, type LetterFrame } from '../../contract/letter';
import { toNfc } from '../../format';
import type { RawLetter } from '../../ingest/read-letter';
import { makeIssue, type Issue } from '../../issues/issue';
import type { FrameDate } from '../../format/calendar-types';
import { letterDate } from './letter-date';

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
 * Checks a letter's frame: YAML syntax (with its line), then every field against the schema,
 * all problems at once, each naming the field.
 */
export function validateLetter(raw: RawLetter): { letter: Letter | null; issues: Issue[] } {
  const doc = parseDocument(toNfc(raw.frame));
  if (doc.errors.length > 0)
    return {
      letter: null,
      issues: doc.errors.map((e) =>
        makeIssue(
          'LETTER_YAML',
          { reason: e.message.split('\n')[0] ?? '' },
          { file: raw.file, row: raw.frameLine + (e.linePos?.[0].line ?? 1) - 1 },
        ),
      ),
    };
  const parsed = LETTER_FRAME.safeParse(doc.toJS() ?? {}, { error: vietnamese.localeError });
  if (!parsed.success)
    return {
      letter: null,
      issues: parsed.error.issues.map((i) =>
        makeIssue(
          'LETTER_FIELD',
          { field: i.path.join('.') || '(khung)', reason: i.message },
          { file: raw.file, detail: `trường ${i.path.join('.')}` },
        ),
      ),
    };
  const date = letterDate(parsed.data.ngay);
  if (!date)
    return {
      letter: null,
      issues: [
        makeIssue(
          'LETTER_FIELD',
          { field: 'ngay', reason: `"${String(parsed.data.ngay)}" không phải ngày có thật` },
          { file: raw.file, detail: 'trường ngay' },
        ),
      ],
    };
  const body = raw.body.map((l) => ({ ...l, text: toNfc(l.text) }));
  return { letter: { frame: parsed.data, date, body, file: raw.file }, issues: [] };
}
