import type { FootnoteSource } from '../../src/compute/footnotes/footnote-units';
import { ruleFootnotes } from '../../src/compute/rule-footnotes';
import type { FootnoteRuleSet } from '../../src/contract/footnote-rules';
import type { Issue } from '../../src/issues/issue';

/** One written footnote: the rule's name and its text. */
export interface FootnoteText {
  readonly key: string;
  readonly text: string;
}

/** The footnotes a rule set writes from the data, in the order of its rules, as texts. */
export function footnoteTexts(
  source: FootnoteSource,
  set: FootnoteRuleSet,
): { footnotes: FootnoteText[]; issues: Issue[] } {
  const { footnotes, issues } = ruleFootnotes(source, set);
  return { footnotes: [...footnotes.values()].map((f) => ({ key: f.key, text: f.text })), issues };
}
