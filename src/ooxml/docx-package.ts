import { joinPartPath, partFolder, partName } from './part-path';
import { attr, descendants, parseXml, XmlSyntaxError, type Element } from './xml';
import { openZip, type ZipArchive } from './zip-archive';

/** Why a file could not be read as a Word document. */
export interface Unreadable {
  readonly problem: 'not-zip' | 'no-document' | 'bad-xml' | 'damaged';
  readonly part?: string;
  readonly detail?: string;
}

/** A relationship of a part: its type's last word ("styles", "footnotes"…) and its target part. */
export interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** A part that could not be read; `readDocxPackage` callers turn it into an `Unreadable`. */
export class BadPart extends Error {
  constructor(
    readonly problem: 'bad-xml' | 'damaged',
    readonly part: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** An opened .docx: its main part and the parts and relationships around it, parsed on demand. */
export interface DocxPackage {
  /** The main document part (word/document.xml in every producer met so far). */
  readonly main: string;
  /** The parsed XML of a part, or null when the package has no such part. Throws BadPart. */
  part(path: string): Element | null;
  /** The size a part declares (its XML's bytes once inflated), or null when there is none. */
  size(path: string): number | null;
  /**
   * A part parsed afresh, not kept, with `parseXml`'s `take` leaving elements out of the tree
   * as they close (a reader that keeps only what it needs of a huge part). Throws BadPart.
   */
  scan(path: string, take: (el: Element, ancestors: readonly Element[]) => boolean): Element | null;
  /** The relationships of a part by id, targets resolved to package paths. Throws BadPart. */
  relationships(path: string): ReadonlyMap<string, Relationship>;
  /** The target of the main part's first relationship of `type` ("styles", "footnotes"…). */
  related(type: string): string | undefined;
}

const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const UTF8 = new TextDecoder('utf-8');

function partXml(
  zip: ZipArchive,
  part: string,
  take?: (el: Element, ancestors: readonly Element[]) => boolean,
): Element | null {
  const entry = zip.entry(part);
  if (!entry) return null;
  const content = zip.content(entry);
  // A damaged entry (bad data, unknown compression, a size that lies) is found when it is read.
  if ('refusal' in content || !content.data) throw new BadPart('damaged', part, '');
  try {
    return parseXml(UTF8.decode(content.data), take);
  } catch (err) {
    if (err instanceof XmlSyntaxError) throw new BadPart('bad-xml', part, err.message);
    throw err;
  }
}

function relationshipsOf(
  part: string,
  parsed: (path: string) => Element | null,
): Map<string, Relationship> {
  const dir = partFolder(part);
  const root = parsed(joinPartPath(dir, '_rels', `${partName(part)}.rels`));
  const out = new Map<string, Relationship>();
  if (!root) return out;
  for (const r of descendants(root, 'Relationship', PACKAGE_RELS)) {
    const target = attr(r, 'Target') ?? '';
    if (attr(r, 'TargetMode') === 'External') continue;
    out.set(attr(r, 'Id') ?? '', {
      type: (attr(r, 'Type') ?? '').replace(/.*\//, ''),
      target: target.startsWith('/') ? joinPartPath(target) : joinPartPath(dir, target),
    });
  }
  return out;
}

/** The package of each archive opened lately (`openZip` keeps them), parts parsed once each. */
const packages = new WeakMap<ZipArchive, DocxPackage>();

/**
 * Opens the zip of a .docx (null when the bytes are no zip) and finds its main part through
 * the package relationships. Parts are parsed when first asked for, once each; the same bytes
 * opened again soon after give the same package, parts already parsed.
 */
export function openDocxPackage(bytes: Buffer): DocxPackage | null {
  const zip = openZip(bytes);
  if ('kind' in zip) return null;
  const known = packages.get(zip);
  if (known) return known;
  const parts = new Map<string, Element | null>();
  const rels = new Map<string, ReadonlyMap<string, Relationship>>();
  const part = (path: string) => {
    if (!parts.has(path)) parts.set(path, partXml(zip, path));
    return parts.get(path)!;
  };
  const relationships = (path: string) => {
    let r = rels.get(path);
    if (!r) rels.set(path, (r = relationshipsOf(path, part)));
    return r;
  };
  const main =
    [...relationships('').values()].find((r) => r.type === 'officeDocument')?.target ??
    'word/document.xml';
  const related = (type: string) =>
    [...relationships(main).values()].find((r) => r.type === type)?.target;
  const scan: DocxPackage['scan'] = (path, take) => partXml(zip, path, take);
  const size = (path: string) => zip.entry(path)?.size ?? null;
  const pkg = { main, part, size, scan, relationships, related };
  packages.set(zip, pkg);
  return pkg;
}

/** Runs `read` on an opened package, turning a bad part into the reason the file is unreadable. */
export function readDocxPackage<T>(
  bytes: Buffer,
  read: (pkg: DocxPackage) => T | Unreadable,
): T | Unreadable {
  try {
    const pkg = openDocxPackage(bytes);
    return pkg ? read(pkg) : { problem: 'not-zip' };
  } catch (err) {
    if (err instanceof BadPart) return { problem: err.problem, part: err.part, detail: err.detail };
    throw err;
  }
}
