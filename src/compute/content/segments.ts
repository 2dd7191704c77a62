/**
 * A piece of a resolved line: text as the official typed it (Markdown and footnote marks
 * included), or a placeholder of the catalogue whose value the documents write.
 */
export type Segment = { readonly text: string } | { readonly ref: string };

/** A line of a content file or letter with its placeholders resolved into segments. */
export interface ResolvedLine {
  readonly line: number;
  readonly segments: readonly Segment[];
}
