import type { z } from 'zod';
import type { ColumnDef } from '../../contract/column';
import type { IssueCode } from '../../issues/messages';

/** Maps the first zod issue of a cell to the stable code of our catalogue. */
export function cellIssueCode(issue: z.core.$ZodIssue, col: ColumnDef): IssueCode {
  const custom = (issue as { params?: { code?: IssueCode } }).params?.code;
  if (custom) return custom;
  switch (issue.code) {
    case 'invalid_type':
      if (col.type === 'date') return 'INVALID_DATE';
      return issue.expected === 'int' ? 'FRACTIONAL_COUNT' : 'NOT_A_NUMBER';
    case 'too_small':
      return 'NEGATIVE_NUMBER';
    case 'too_big':
      return 'ABOVE_MAXIMUM';
    case 'invalid_value':
      return 'INVALID_CHOICE';
    default:
      return col.type === 'date' ? 'INVALID_DATE' : 'NOT_A_NUMBER';
  }
}
