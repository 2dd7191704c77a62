import { makeIssue, type Issue } from '../issues/issue';
import type { Location } from '../issues/location';
import type { FormatDefect, IssueCode } from '../issues/messages';
import type { Para } from '../ooxml/docx-model';
import { excerpt } from './text';

/** Where a paragraph is: its part, its number there, and how it begins. */
export const paraAt = (file: string, p: Para): Location => ({
  file,
  detail: `${p.part}, đoạn ${p.index} («${excerpt(p.text)}»)`,
});

/** The body as a whole, for an element that is missing from it. */
export const bodyAt = (file: string): Location => ({ file, detail: 'word/document.xml' });

/** Where a section's page setup is. */
export const sectionAt = (file: string, part: string, section: number): Location => ({
  file,
  detail: `${part}, phần (section) ${section + 1}`,
});

/** An element that deviates from Nghị định 30/2020, with what is wrong with it. */
export const deviation = (
  code: IssueCode,
  defect: FormatDefect,
  location: Location,
  values: { found?: string | number; expected?: string | number } = {},
): Issue => makeIssue(code, { defect, ...values }, location);
