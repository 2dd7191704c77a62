import type { RuleLists } from '../compute/footnotes/footnote-lists';
import { BUILTIN_HELPERS, FOOTNOTE_HELPERS } from '../contract/footnote-rules';
import { toNfc } from '../format';
import { footnoteHandlebars } from './footnote-helpers';

const KNOWN_HELPERS = Object.fromEntries(
  [...FOOTNOTE_HELPERS, ...BUILTIN_HELPERS].map((h) => [h, true]),
);

/**
 * Writes one footnote from its rule's template and selected lists. Line breaks and runs of
 * spaces in the template become one space, so an official may wrap a long template freely.
 * Throws when the template fails on the data (a number helper given an empty cell, …).
 */
export function phraseRule(
  { rule, lists }: RuleLists,
  hb: ReturnType<typeof footnoteHandlebars> = footnoteHandlebars(),
): string {
  const render = hb.compile(rule.template, {
    noEscape: true,
    strict: true,
    knownHelpers: KNOWN_HELPERS,
    knownHelpersOnly: true,
  });
  return toNfc(render(lists).replace(/\s+/g, ' ').trim());
}
