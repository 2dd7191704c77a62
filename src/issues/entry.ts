/** How much a problem weighs: an error stops the command with exit 1, a warning does not. */
export type Severity = 'error' | 'warning';

/** The values a message quotes, by name. */
export type IssueParams = Readonly<Record<string, string | number>>;

/** One entry of the message catalogue (`messages.ts`): its severity and its Vietnamese text. */
export interface Entry {
  readonly severity: Severity;
  readonly text: (p: IssueParams) => string;
}
