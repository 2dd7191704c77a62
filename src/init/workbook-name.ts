import { packageName } from '../domain/province-slug';
import type { Province } from '../domain/registry';
import type { Period } from '../format/calendar-types';

/** @example workbookFileName({ code: '12', name: 'Lai Châu' }, q2) // 'du-lieu-lai-chau-2026-q2.xlsx' */
export function workbookFileName(p: Province, period: Period): string {
  return `du-lieu-${packageName(p, period)}.xlsx`;
}
