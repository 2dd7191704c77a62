import { computeFootnoteLists } from '../../compute/footnotes/footnote-lists';
import type { FootnoteSource } from '../../compute/footnotes/footnote-units';
import type { FootnoteRuleSet } from '../../contract/footnote-rules';
import { makeIssue, type Issue } from '../../issues/issue';
import { footnoteHandlebars } from './footnote-helpers';
import { phraseRule } from './phrase-rule';

/** One written footnote; `key` is the rule's name, which a letter places as [^key]. */
export interface FootnoteText {
  readonly key: string;
  readonly text: string;
}

/**
 * The footnotes of a rule set, in the order of its rules. A rule whose lists are all empty
 * writes nothing and says so (warning); a template that fails on the data is an error.
 *
 * @example footnoteTexts(model, rules).footnotes[1]
 * // { key: 'ho_so_qua_han', text: 'Một số sở, ban, ngành, địa phương có hồ sơ quá hạn nhiều: …' }
 */
export function footnoteTexts(
  source: FootnoteSource,
  set: FootnoteRuleSet,
): { footnotes: FootnoteText[]; issues: Issue[] } {
  const { rules, issues } = computeFootnoteLists(source, set);
  const hb = footnoteHandlebars();
  const footnotes: FootnoteText[] = [];
  for (const r of rules) {
    const at = { file: set.file, detail: `quy tắc "${r.rule.name}"` };
    if (Object.values(r.lists).every((l) => l.items.length === 0)) {
      issues.push(makeIssue('FOOTNOTE_EMPTY', { rule: r.rule.name }, at));
      continue;
    }
    try {
      footnotes.push({ key: r.rule.name, text: phraseRule(r, hb) });
    } catch (err) {
      const reason = (err as Error).message.split('\n')[0] ?? '';
      issues.push(makeIssue('FOOTNOTE_RENDER', { rule: r.rule.name, reason }, at));
    }
  }
  return { footnotes, issues };
}
