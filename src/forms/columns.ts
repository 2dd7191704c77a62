import type { FormColumn } from './form-def';

/** Shorthand for the column lists of the form definitions. */
export const col = (
  number: number,
  heading: string[],
  kind: FormColumn['kind'] = 'number',
  width = 11,
  oneLine = false,
): FormColumn => ({ number, heading, kind, width, ...(oneLine ? { oneLine } : {}) });

export const STT = col(1, ['STT'], 'index', 5);
