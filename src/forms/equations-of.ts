import { EQUATIONS } from '../contract/equations';
import type { ColumnEquation } from './form-def';

/**
 * The column identities of a form, read from the data contract's equations so that the data
 * check and the form check are the same list. "(3) = (4) + (5) + (6)" → total 3, parts 4, 5, 6.
 */
export function equationsOf(formCode: string): ColumnEquation[] {
  return EQUATIONS.filter((e) => e.form === formCode).map((e) => {
    const [total, ...parts] = [...e.label.matchAll(/\((\d+)\)/g)].map((m) => Number(m[1]));
    return { label: e.label, total: total!, parts };
  });
}
