import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { firstDifference } from './first-difference';
import { prettyXml } from './pretty-xml';
import { entryListText, isXmlPart, zipEntries } from './zip-entries';

// The checked-in copies of the documents the CLI writes from the bundled samples, under
// test/golden/documents/<package>/: a text file (model.json, tom-tat.txt) as itself, a zip
// (.docx, .xlsx) as a folder of its XML parts pretty-printed plus ENTRY_LIST. See
// test/golden/README.md.

export const GOLDEN_ROOT = join(__dirname, '..', '..', 'golden', 'documents');

/** TTHC_UPDATE_GOLDEN=1 rewrites the copies instead of comparing with them. */
export const UPDATING = process.env['TTHC_UPDATE_GOLDEN'] === '1';

/** In a zip's folder: its entries in order, with stamps, sizes and content hashes. */
export const ENTRY_LIST = 'zip-entries.txt';

const isZip = (document: string) => /\.(docx|xlsx)$/.test(document);

/** What the golden copy of a document holds: path under its folder ('' for a text file) → text. */
export function goldenTexts(document: string, bytes: Buffer): Map<string, string> {
  if (!isZip(document)) return new Map([['', bytes.toString('utf8')]]);
  const entries = zipEntries(bytes);
  return new Map([
    [ENTRY_LIST, entryListText(entries)],
    ...entries
      .filter(isXmlPart)
      .map((e): [string, string] => [e.name, prettyXml(e.content.toString('utf8'))]),
  ]);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

/** The checked-in copy of a document, as `goldenTexts` shapes it; empty when there is none. */
function storedTexts(document: string): Map<string, string> {
  const path = join(GOLDEN_ROOT, document);
  if (!existsSync(path)) return new Map();
  if (!isZip(document)) return new Map([['', readFileSync(path, 'utf8')]]);
  return new Map(filesUnder(path).map((f) => [f, readFileSync(join(path, f), 'utf8')]));
}

/** Replaces the checked-in copy of a document with `texts`. */
export function writeGolden(document: string, texts: Map<string, string>): void {
  const path = join(GOLDEN_ROOT, document);
  rmSync(path, { recursive: true, force: true });
  for (const [part, text] of texts) {
    const file = part === '' ? path : join(path, part);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

/**
 * Every way the document differs from its checked-in copy, one readable paragraph each:
 * a part missing or added, or the first changed lines of a part.
 */
export function goldenDifferences(document: string, texts: Map<string, string>): string[] {
  const stored = storedTexts(document);
  if (stored.size === 0) return [`${document}: no golden copy (TTHC_UPDATE_GOLDEN=1 writes it)`];
  const where = (part: string) => (part === '' ? document : `${document}, ${part}`);
  const problems: string[] = [];
  for (const part of stored.keys())
    if (!texts.has(part)) problems.push(`${where(part)}: in the golden copy, not in the output`);
  for (const [part, text] of texts) {
    const golden = stored.get(part);
    if (golden === undefined) {
      problems.push(`${where(part)}: in the output, not in the golden copy`);
      continue;
    }
    const difference = firstDifference(golden, text);
    if (difference !== null) problems.push(`${where(part)}: ${difference}`);
  }
  if (
    problems.length === 1 &&
    texts.has(ENTRY_LIST) &&
    stored.get(ENTRY_LIST) !== texts.get(ENTRY_LIST)
  )
    problems.push(
      `${document}: only the entry list differs (stamp, size, sha256 of the content, name, in zip ` +
        'order). If a hash changed, the part reads the same pretty-printed: its bytes differ in ' +
        'attribute order, whitespace between elements, <a/> against <a></a>, or entity escaping.',
    );
  return problems;
}

/**
 * The documents that have a checked-in copy, as "<package>/<file>": a .docx or .xlsx folder
 * counts as one document.
 */
export function goldenDocuments(): string[] {
  if (!existsSync(GOLDEN_ROOT)) return [];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (isZip(name) || !statSync(path).isDirectory())
        found.push(relative(GOLDEN_ROOT, path).split('\\').join('/'));
      else walk(path);
    }
  };
  walk(GOLDEN_ROOT);
  return found.sort();
}
