import type { ReportModel } from '../compute/report-model';
import { form05b } from './form-05b';
import { form06c } from './form-06c';
import type { FormDef, FormTable } from './form-def';
import { formII02c } from './form-ii-02c';
import { formII03b } from './form-ii-03b';

export type { ColumnEquation, FormColumn, FormDef, FormRow, FormTable } from './form-def';

/** The four forms of the quarterly report, in the order they are attached. */
export const FORMS: readonly FormDef[] = [formII02c, formII03b, form05b, form06c];

/** Every form the model has data for, filled. */
export function fillForms(model: ReportModel): FormTable[] {
  return FORMS.map((f) => f.fill(model)).filter((t): t is FormTable => t !== null);
}
