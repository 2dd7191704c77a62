/**
 * What the content elements of a run other than w:t read as, for every reader of Word text (all
 * go through `story.ts`): a tab, line breaks, Word's non-breaking hyphen ("766/QĐ-TTg" typed
 * with Ctrl+Shift+-) as a hyphen, and the optional hyphen (w:softHyphen) as nothing, since it
 * shows only where a line breaks.
 */
export const RUN_CHARACTERS: ReadonlyMap<string, string> = new Map([
  ['tab', '\t'],
  ['br', '\n'],
  ['cr', '\n'],
  ['noBreakHyphen', '-'],
  ['softHyphen', ''],
]);
