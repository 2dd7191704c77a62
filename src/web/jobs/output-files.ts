import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageModel } from '../../compute/package-model';
import {
  BUNDLE_FILE,
  MODEL_FILES,
  PACKAGE_FILES,
  PDF_FILES,
  type DocumentKey,
} from '../../contract/package-files';
import { documentTitles, letterTitle } from '../../phrase/document-titles';
import { pdfLib } from '../../tools/pdf-lib';
import { TEXTS } from '../texts';
import type { OutputFile } from './job';

/** The title of each file a build may write, from the package's own titles. */
function titles(model: PackageModel | null): Map<string, string> {
  const map = new Map<string, string>([
    [BUNDLE_FILE, TEXTS.fileTitles.bundle],
    [MODEL_FILES.model, TEXTS.fileTitles.model],
    [MODEL_FILES.summary, TEXTS.fileTitles.summary],
  ]);
  if (model?.report) {
    const t = documentTitles(model.report, model.forms, model.letter);
    for (const key of Object.keys(PACKAGE_FILES) as DocumentKey[]) {
      map.set(PACKAGE_FILES[key], t[key]);
      map.set(PDF_FILES[key], TEXTS.fileTitles.pdf(t[key]));
    }
  }
  return map;
}

/** How many pages a PDF has (for its preview); undefined when pdf-lib cannot read it. */
async function pageCount(path: string): Promise<number | undefined> {
  try {
    const doc = await pdfLib().PDFDocument.load(readFileSync(path), { updateMetadata: false });
    return doc.getPageCount();
  } catch {
    return undefined;
  }
}

/**
 * The files of a finished build, in the order the build listed them, each with its title, size
 * and (a PDF) page count. A letter's files take the letter's title.
 */
export async function outputFiles(
  folder: string,
  names: readonly string[],
  model: PackageModel | null,
): Promise<OutputFile[]> {
  const known = titles(model);
  // A letter's own files (named after its content file) take its title.
  const letter = model?.letter ? letterTitle(model.letter) : null;
  const files: OutputFile[] = [];
  for (const name of names) {
    const path = join(folder, name);
    const pdf = name.endsWith('.pdf');
    const title =
      known.get(name) ?? (letter ? (pdf ? TEXTS.fileTitles.pdf(letter) : letter) : name);
    files.push({
      name,
      title,
      size: statSync(path).size,
      ...(pdf ? { pages: await pageCount(path) } : {}),
    });
  }
  return files;
}

/** The files of a folder made at once (init), in name order, workbook and texts first. */
export function folderFiles(folder: string, first: readonly string[]): OutputFile[] {
  const names = readdirSync(folder).filter((n) => !n.startsWith('.'));
  const ordered = [
    ...first.filter((n) => names.includes(n)),
    ...names.filter((n) => !first.includes(n)).sort(),
  ];
  return ordered.map((name) => ({
    name,
    title: name.endsWith('.csv') ? TEXTS.fileTitles.csv(name.replace(/\.csv$/, '')) : name,
    size: statSync(join(folder, name)).size,
  }));
}
