import type { DocxDocument } from '../ooxml/docx-model';
import type { Unreadable } from '../ooxml/docx-package';
import { docxLayout, fillLayout } from '../ooxml/docx-layout';
import { readDocx } from '../ooxml/read-docx';

/**
 * The layouts read lately, by their key (the layout itself src/ooxml/docx-layout.ts): a batch
 * worker, the web app or the tests build the same templates again and again, and resolving every
 * run through the styles is most of what the Nghị định 30/2020 check costs. Only reading is
 * kept: every rule runs on every file, on its own texts.
 */
const LAYOUTS = new Map<string, DocxDocument>();
const MAX_LAYOUTS = 12;
// A layout larger than this (a national annex of thousands of rows) is read, not kept.
const MAX_KEPT_XML = 4 * 1024 * 1024;

/** The keys of the layouts met once. */
const SEEN = new Set<string>();
const MAX_SEEN = 64;

/** How often the layout of a file was found already read (for the tests and the bench). */
export const layoutCacheStats = { hits: 0, misses: 0 };

/** Forgets every layout (tests). */
export function clearLayoutCache(): void {
  LAYOUTS.clear();
  SEEN.clear();
  layoutCacheStats.hits = 0;
  layoutCacheStats.misses = 0;
}

/**
 * What readDocx reads of a Word file the tool rendered from its own templates, its layout read
 * once per process: the file's texts are put back into a layout read before when the layout is
 * the same, byte for byte, texts aside. Falls back to readDocx whenever the file cannot be split.
 */
export function readRenderedDocx(bytes: Buffer): DocxDocument | Unreadable {
  const layout = docxLayout(bytes);
  if (!layout || layout.size > MAX_KEPT_XML) return readDocx(bytes);
  let read = LAYOUTS.get(layout.key);
  if (read) {
    layoutCacheStats.hits++;
    // Most recently used last: the oldest goes first.
    LAYOUTS.delete(layout.key);
    LAYOUTS.set(layout.key, read);
  } else if (!SEEN.has(layout.key)) {
    // Seen once: read as readDocx reads it, sharing the parse of the read-back before it. A
    // layout of its own costs a second parse, paid only for a layout met again.
    SEEN.add(layout.key);
    if (SEEN.size > MAX_SEEN) SEEN.delete(SEEN.values().next().value!);
    return readDocx(bytes);
  } else {
    const fresh = layout.read();
    if (!fresh || 'problem' in fresh) return readDocx(bytes);
    layoutCacheStats.misses++;
    read = fresh;
    LAYOUTS.set(layout.key, read);
    if (LAYOUTS.size > MAX_LAYOUTS) LAYOUTS.delete(LAYOUTS.keys().next().value!);
  }
  return fillLayout(read, layout.texts) ?? readDocx(bytes);
}
