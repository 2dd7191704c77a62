import { z } from 'zod';
import { ALL_METRICS } from '../contract/footnote-metrics';
import {
  FOOTNOTE_RULE,
  FOOTNOTE_RULES_FILE,
  RULE_FILE_KEYS,
  type FootnoteRuleSet,
} from '../contract/footnote-rules';
import { closestName } from '../domain/closest-name';
import type { RawRules } from '../ingest/read-rules';
import { makeIssue, type Issue } from '../issues/issue';
import { checkTemplate } from './footnote-template';

const vietnamese = z.locales.vi();

/** The name an official gave the rule at `index`, or its position when it has none. */
function ruleLabel(data: unknown, index: number): string {
  const rules = (data as { rules?: unknown } | null)?.rules;
  const name = Array.isArray(rules) ? (rules[index] as { name?: unknown } | null)?.name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name : `thứ ${index + 1}`;
}

function fieldIssue(raw: RawRules, path: readonly PropertyKey[], reason: string): Issue {
  const inRule = path[0] === 'rules' && typeof path[1] === 'number';
  const rule = inRule ? ruleLabel(raw.data, path[1] as number) : '';
  const field = (inRule ? path.slice(2) : path).map(String).join('.') || '(toàn bộ)';
  const detail = inRule ? `quy tắc "${rule}", trường ${field}` : `trường ${field}`;
  return makeIssue(
    'RULES_FIELD',
    { rule, field, reason },
    { file: raw.file, row: raw.lineOf(path), detail },
  );
}

function unknownKey(key: string): string {
  const near = closestName(key, RULE_FILE_KEYS);
  return `trường này không có trong mẫu quy tắc chú thích.${near ? ` Có phải "${near}"?` : ''}`;
}

function zodIssues(raw: RawRules, issues: readonly z.core.$ZodIssue[]): Issue[] {
  return issues.flatMap((i) => {
    if (i.code === 'unrecognized_keys')
      return i.keys.map((k) => fieldIssue(raw, [...i.path, k], unknownKey(k)));
    // A bad list name: say what the name's own check said, not "invalid key".
    const reason = i.code === 'invalid_key' ? (i.issues[0]?.message ?? i.message) : i.message;
    // A metric the data does not have: name the one it resembles.
    const metric =
      i.code === 'custom' ? (i.params as { metric?: unknown } | undefined)?.metric : null;
    if (typeof metric === 'string') {
      const near = closestName(metric, ALL_METRICS);
      const hint = near ? ` Có phải "${near}"?` : ' Xem docs/footnote-rules.md.';
      return [fieldIssue(raw, i.path, `${reason}.${hint}`)];
    }
    return [fieldIssue(raw, i.path, reason)];
  });
}

/** A name used by an earlier rule; checked on the raw file so it shows beside other mistakes. */
function duplicateNames(raw: RawRules, rules: readonly unknown[]): Issue[] {
  const first = new Map<string, number>();
  return rules.flatMap((rule, i) => {
    const name = (rule as { name?: unknown } | null)?.name;
    if (typeof name !== 'string') return [];
    const earlier = first.get(name);
    if (earlier === undefined) {
      first.set(name, i);
      return [];
    }
    const reason = `tên "${name}" đã dùng cho quy tắc thứ ${earlier + 1}.`;
    return [fieldIssue(raw, ['rules', i, 'name'], reason)];
  });
}

/**
 * Turns a read rule file into a typed rule set: the schema first, then each template. Every
 * problem comes back at once, each naming the file, the rule and the field.
 */
export function validateFootnoteRules(raw: RawRules): {
  rules: FootnoteRuleSet | null;
  issues: Issue[];
} {
  const parsed = FOOTNOTE_RULES_FILE.safeParse(raw.data ?? {}, {
    error: vietnamese.localeError,
  });
  const issues = parsed.success ? [] : zodIssues(raw, parsed.error.issues);
  // Templates of the rules that are valid on their own are checked even when another rule is
  // not, so that one reading of the file lists every problem.
  const listed = (raw.data as { rules?: unknown } | null)?.rules;
  const rules = Array.isArray(listed) ? listed : [];
  issues.push(...duplicateNames(raw, rules));
  rules.forEach((candidate, i) => {
    const rule = FOOTNOTE_RULE.safeParse(candidate);
    if (!rule.success) return;
    for (const reason of checkTemplate(rule.data.template, rule.data.lists))
      issues.push(
        makeIssue(
          'RULES_TEMPLATE',
          { rule: rule.data.name, reason },
          {
            file: raw.file,
            row: raw.lineOf(['rules', i, 'template']),
            detail: `quy tắc "${rule.data.name}", trường template`,
          },
        ),
      );
  });
  if (!parsed.success) return { rules: null, issues };
  return { rules: issues.length > 0 ? null : { ...parsed.data, file: raw.file }, issues };
}
