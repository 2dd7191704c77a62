import { nameKey } from '../../domain/closest-name';
import { makeIssue, type Issue } from '../../issues/issue';
import { locate } from '../origin';
import type { Rule } from './context';

/** Each unit code and each official name appears once in DonVi. */
export const uniqueUnits: Rule = ({ dataset }) => {
  const issues: Issue[] = [];
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  for (const u of dataset.units) {
    const seenId = ids.get(u.id);
    if (seenId !== undefined)
      issues.push(
        makeIssue('DUPLICATE_UNIT', { id: u.id, other: seenId }, locate(u.$at, 'ma_don_vi')),
      );
    else ids.set(u.id, u.$at.row);
    const seenName = names.get(nameKey(u.name));
    if (seenName !== undefined)
      issues.push(
        makeIssue('DUPLICATE_UNIT_NAME', { name: u.name, other: seenName }, locate(u.$at, 'ten')),
      );
    else names.set(nameKey(u.name), u.$at.row);
  }
  return issues;
};
