import type { TextBlock } from './draft';
import { figuresOf, type Figure } from './figures';

const cache = new WeakMap<TextBlock, readonly Figure[]>();

/** The figures of a block, read once however many checks ask. */
export function figures(block: TextBlock): readonly Figure[] {
  let f = cache.get(block);
  if (!f) cache.set(block, (f = figuresOf(block)));
  return f;
}
