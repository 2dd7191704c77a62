import { sameBox } from './cell-place';
import type { Para } from '../ooxml/docx-model';
import { hasText } from './text';

/**
 * Whether a rule is drawn under `p`: a bottom border on it, or on (or a line shape in) the
 * empty paragraph right after it in the same cell, as Word users draw the line under Tiêu ngữ.
 */
export function hasRuleBelow(body: readonly Para[], p: Para): boolean {
  if (p.ruleBelow || p.hasDrawing) return true;
  const next = body[p.index];
  return (
    next !== undefined && sameBox(p, next) && !hasText(next) && (next.ruleBelow || next.hasDrawing)
  );
}
