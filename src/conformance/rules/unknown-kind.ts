import { makeIssue } from '../../issues/issue';
import type { FormatRule } from '../context';
import { bodyAt } from '../deviation';

/** A document whose kind cannot be told gets only the page, font and numbering rules. */
export const unknownKind: FormatRule = ({ file }) => [
  makeIssue('FORMAT_KIND_UNKNOWN', {}, bodyAt(file)),
];
