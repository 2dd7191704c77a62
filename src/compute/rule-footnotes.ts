import type { FootnoteRuleSet } from '../contract/footnote-rules';
import { makeIssue, type Issue } from '../issues/issue';
import { footnoteHandlebars } from '../phrase/footnote-helpers';
import { phraseRule } from '../phrase/footnote-rule';
import { computeFootnoteLists } from './footnotes/footnote-lists';
import type { FootnoteSource } from './footnotes/footnote-units';
import type { LetterFootnote } from './package-model';

/**
 * The footnotes of a rule set, by rule name, each with the units it lists. The rule file's
 * template is phrased here, not when the letter is drawn: a template that fails on the data is
 * a problem of the inputs, reported with them (`tthc validate` too) before anything is written.
 * A rule whose lists are all empty writes nothing and says so (warning).
 *
 * @example ruleFootnotes(model, rules).footnotes.get('ho_so_qua_han')?.text
 * // 'Một số sở, ban, ngành, địa phương có hồ sơ quá hạn nhiều: …'
 */
export function ruleFootnotes(
  source: FootnoteSource,
  set: FootnoteRuleSet,
): { footnotes: Map<string, LetterFootnote>; issues: Issue[] } {
  const { rules, issues } = computeFootnoteLists(source, set);
  const hb = footnoteHandlebars();
  const footnotes = new Map<string, LetterFootnote>();
  for (const r of rules) {
    const at = { file: set.file, detail: `quy tắc "${r.rule.name}"` };
    if (Object.values(r.lists).every((l) => l.items.length === 0)) {
      issues.push(makeIssue('FOOTNOTE_EMPTY', { rule: r.rule.name }, at));
      continue;
    }
    try {
      footnotes.set(r.rule.name, { key: r.rule.name, text: phraseRule(r, hb), lists: r.lists });
    } catch (err) {
      const reason = (err as Error).message.split('\n')[0] ?? '';
      issues.push(makeIssue('FOOTNOTE_RENDER', { rule: r.rule.name, reason }, at));
    }
  }
  return { footnotes, issues };
}
