import { unescapeXml } from './escape-xml';

/** The WordprocessingML namespace: elements are matched by it, whatever prefix a producer uses. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** An element of a parsed part: namespace-resolved name, attributes, children in order. */
export interface Element {
  readonly local: string;
  /** Namespace URI, or null when the name has no prefix and no default namespace applies. */
  readonly ns: string | null;
  /**
   * Attributes as triples: namespace URI ("" for an unprefixed one), local name, value. Read
   * them with `attr` and `wAttr`; a flat list is cheaper than a map for the few an element has.
   */
  readonly attrs: readonly string[];
  readonly children: readonly (Element | string)[];
}

/** What was wrong with a part's XML: the tag or text where reading stopped. */
export class XmlSyntaxError extends Error {}

interface Name {
  readonly ns: string | null;
  readonly local: string;
}

/**
 * The namespace declarations in force, with the names already resolved under them: a part
 * repeats a few dozen names thousands of times, and each is resolved once.
 */
interface Scope {
  readonly prefixes: ReadonlyMap<string, string>;
  readonly elements: Map<string, Name>;
  readonly attributes: Map<string, Name>;
}

const newScope = (prefixes: ReadonlyMap<string, string>): Scope => ({
  prefixes,
  elements: new Map(),
  attributes: new Map(),
});

function resolve(name: string, scope: Scope, attribute: boolean): Name {
  const cache = attribute ? scope.attributes : scope.elements;
  let resolved = cache.get(name);
  if (!resolved) {
    const colon = name.indexOf(':');
    if (colon < 0)
      resolved = { ns: attribute ? null : (scope.prefixes.get('') ?? null), local: name };
    else {
      const prefix = name.slice(0, colon);
      const ns = prefix === 'xml' ? XML_NS : (scope.prefixes.get(prefix) ?? prefix);
      resolved = { ns, local: name.slice(colon + 1) };
    }
    cache.set(name, resolved);
  }
  return resolved;
}

const NO_ATTRIBUTES: readonly string[] = [];

// Character codes the scanner stops at.
const LT = 60;
const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const BANG = 33;
const QUESTION = 63;
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;
const isXmlns = (key: string) => key === 'xmlns' || key.startsWith('xmlns:');

/**
 * A start tag as scanned: its name, its attributes as name/value pairs (the first `count`
 * entries of `pairs`, a list reused from tag to tag: emptied, it would be allocated again at
 * the next push, a few megabytes a build), where it ends. One per parse.
 */
interface StartTag {
  name: string;
  readonly pairs: string[];
  count: number;
  /** Where `elementOf` gathers an element's attributes before copying them, reused likewise. */
  readonly gathered: string[];
  empty: boolean;
  end: number;
  /** The scope of its content, set by `elementOf`. */
  scope: Scope | null;
}

/**
 * Reads the start tag at `at` (text[at] is "<") into `tag`: its name, attributes in quotes
 * and the "/" of an empty element. False when it is not a well-formed start tag.
 */
function scanStartTag(text: string, at: number, tag: StartTag): boolean {
  const n = text.length;
  let i = at + 1;
  for (let c = text.charCodeAt(i); i < n; c = text.charCodeAt(++i))
    if (isSpace(c) || c === SLASH || c === GT || c === LT || c === BANG || c === QUESTION) break;
  if (i === at + 1) return false;
  tag.name = text.slice(at + 1, i);
  tag.count = 0;
  for (;;) {
    const spaced = i;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (c === GT || c === SLASH) {
      tag.empty = c === SLASH;
      if (tag.empty && text.charCodeAt(i + 1) !== GT) return false;
      tag.end = i + (tag.empty ? 2 : 1);
      return true;
    }
    // An attribute needs white space before it, a name, "=" and a quoted value.
    if (i === spaced || i >= n) return false;
    const nameStart = i;
    for (let d = c; i < n; d = text.charCodeAt(++i))
      if (isSpace(d) || d === EQUALS || d === SLASH || d === GT) break;
    const key = text.slice(nameStart, i);
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (key === '' || text.charCodeAt(i) !== EQUALS) return false;
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const quote = text.charCodeAt(i);
    if (quote !== QUOTE && quote !== APOSTROPHE) return false;
    const close = text.indexOf(quote === QUOTE ? '"' : "'", i + 1);
    if (close < 0) return false;
    tag.pairs[tag.count++] = key;
    tag.pairs[tag.count++] = unescapeXml(text.slice(i + 1, close));
    i = close + 1;
  }
}

const NO_CHILDREN: readonly (Element | string)[] = [];

/**
 * The element of a scanned start tag; `tag.scope` becomes the scope its children are read in
 * (a new one when it declares namespaces). An empty element (most of a Word part: <w:b/>,
 * <w:sz w:val="26"/>) keeps the one shared empty list of children.
 */
function elementOf(tag: StartTag, scope: Scope): Element {
  const { name, pairs, count, gathered } = tag;
  tag.scope = scope;
  // The children are filled in when the element closes (`parseXml`).
  const children = NO_CHILDREN;
  if (count === 0) {
    const { ns, local } = resolve(name, scope, false);
    return { local, ns, attrs: NO_ATTRIBUTES, children };
  }
  let declared: Map<string, string> | null = null;
  for (let k = 0; k < count; k += 2)
    if (isXmlns(pairs[k]!)) {
      declared ??= new Map(scope.prefixes);
      declared.set(pairs[k] === 'xmlns' ? '' : pairs[k]!.slice(6), pairs[k + 1]!);
    }
  if (declared) scope = tag.scope = newScope(declared);
  // Filled in a list reused from element to element, then copied at its exact length: a list
  // grown by push keeps room for more, and a part's elements are kept (trees of every file).
  let n = 0;
  for (let k = 0; k < count; k += 2) {
    if (isXmlns(pairs[k]!)) continue;
    const a = resolve(pairs[k]!, scope, true);
    gathered[n++] = a.ns ?? '';
    gathered[n++] = a.local;
    gathered[n++] = pairs[k + 1]!;
  }
  const attrs = n === 0 ? NO_ATTRIBUTES : gathered.slice(0, n);
  const { ns, local } = resolve(name, scope, false);
  return { local, ns, attrs, children };
}

/** The end of the comment, CDATA section, processing instruction or DOCTYPE at `at`. */
function skipMarkup(text: string, at: number): { end: number; cdata?: string } | null {
  if (text.startsWith('<!--', at)) {
    const close = text.indexOf('-->', at + 4);
    if (close >= 0) return { end: close + 3 };
  } else if (text.startsWith('<![CDATA[', at)) {
    const close = text.indexOf(']]>', at + 9);
    if (close >= 0) return { end: close + 3, cdata: text.slice(at + 9, close) };
  }
  const close = text.indexOf('>', at);
  return close < 0 ? null : { end: close + 1 };
}

const END_TAG = /<\/([^\s>]+)\s*>/y;

/**
 * Parses one XML part into a tree, namespaces resolved. Small and fast on purpose (a scanner over
 * the characters: every Word file the tool writes or reads goes through it): OOXML parts are
 * plain elements, attributes and text; a malformed part throws XmlSyntaxError naming where
 * reading stopped.
 *
 * `take`, when given, sees each element as it closes, with its open ancestors (outermost
 * first); when it returns true the element is left out of the tree, so that a reader that
 * keeps what it needs of each table row as the row ends never holds the whole part's tree (a
 * national ranking annex's 84 MB body: issue 19, memory).
 */
export function parseXml(
  text: string,
  take?: (el: Element, ancestors: readonly Element[]) => boolean,
): Element {
  // The open elements, their raw names and scopes, innermost last. The children of the open
  // elements wait in one list and each element gets a list of exactly its own when it closes:
  // lists grown one push at a time would hold room for a dozen more, a third of a large
  // document's memory.
  const elements: { children: readonly (Element | string)[] }[] = [];
  const names: string[] = [];
  const scopes: Scope[] = [];
  const firstChild: number[] = [];
  const pending: (Element | string)[] = [];
  // Its length in use: the list itself is never shortened, since V8 gives back the room of a
  // list cut to less than half, and the next children then make it grow and copy again.
  let top = 0;
  let root: Element | null = null;
  const tag: StartTag = {
    name: '',
    pairs: [],
    count: 0,
    gathered: [],
    empty: false,
    end: 0,
    scope: null,
  };
  const rootScope = newScope(new Map());
  const n = text.length;
  const stray = (at: number) => new XmlSyntaxError(text.slice(at, at + 20));
  let i = 0;
  while (i < n) {
    const open = names.length > 0;
    if (text.charCodeAt(i) !== LT) {
      let next = text.indexOf('<', i);
      if (next < 0) next = n;
      const chunk = text.slice(i, next);
      if (open) pending[top++] = unescapeXml(chunk);
      else if (chunk.trim()) throw new XmlSyntaxError(chunk.trim().slice(0, 20));
      i = next;
      continue;
    }
    const c = text.charCodeAt(i + 1);
    if (c === BANG || c === QUESTION) {
      const m = skipMarkup(text, i);
      if (!m) throw stray(i);
      if (m.cdata !== undefined && open) pending[top++] = m.cdata;
      i = m.end;
    } else if (c === SLASH) {
      // The usual case, the open element's own end tag, is matched in place, with no copy.
      const name = names[names.length - 1];
      let end = -1;
      if (name !== undefined && text.startsWith(name, i + 2)) {
        end = i + 2 + name.length;
        while (end < n && isSpace(text.charCodeAt(end))) end++;
        if (text.charCodeAt(end) !== GT) end = -1;
      }
      if (end < 0) {
        END_TAG.lastIndex = i;
        const m = END_TAG.exec(text);
        throw m ? new XmlSyntaxError(`</${m[1]}>`) : stray(i);
      }
      const first = firstChild.pop()!;
      const closed = elements.pop()!;
      closed.children = first < top ? pending.slice(first, top) : NO_CHILDREN;
      top = first;
      // A taken element is the last of its parent's children so far; the root has no parent.
      if (take && elements.length > 0 && take(closed as Element, elements as Element[]))
        top = first - 1;
      names.pop();
      scopes.pop();
      i = end + 1;
    } else {
      if (!scanStartTag(text, i, tag)) throw stray(i);
      if (!open && root) throw new XmlSyntaxError(`<${tag.name}>`);
      const element = elementOf(tag, scopes[scopes.length - 1] ?? rootScope);
      if (open) pending[top++] = element;
      else root = element;
      if (!tag.empty) {
        elements.push(element as { children: readonly (Element | string)[] });
        names.push(tag.name);
        scopes.push(tag.scope!);
        firstChild.push(top);
      } else if (take && open && take(element, elements as Element[])) top--;
      i = tag.end;
    }
  }
  if (names.length > 0) throw new XmlSyntaxError(`<${names[names.length - 1]!}>`);
  if (!root) throw new XmlSyntaxError('');
  return root;
}

// The walks below use indexed loops, not for…of: they run over every element of every Word file
// a build reads back, mostly before V8 compiles them better, and there a for…of makes an object
// per element for its iterator (docs/performance.md, "2026-12-06, second session").

/**
 * Element children of `el`, all of them or those named `w:<name>` (or `<name>` of another
 * namespace, `ns`).
 */
export function kids(el: Element, name?: string, ns: string = W): Element[] {
  const out: Element[] = [];
  const children = el.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (typeof c !== 'string' && (name === undefined || (c.local === name && c.ns === ns)))
      out.push(c);
  }
  return out;
}

/** The first `w:<name>` child of `el` (or of another namespace, `ns`). */
export function kid(el: Element | undefined, name: string, ns: string = W): Element | undefined {
  if (!el) return undefined;
  const children = el.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (typeof c !== 'string' && c.local === name && c.ns === ns) return c;
  }
  return undefined;
}

/** Is `el` the element `w:<name>`? */
export const isW = (el: Element, name: string): boolean => el.local === name && el.ns === W;

/** An attribute in namespace `ns` (null: unprefixed), or null. */
export function attr(
  el: Element | undefined,
  name: string,
  ns: string | null = null,
): string | null {
  const a = el?.attrs ?? NO_ATTRIBUTES;
  for (let k = 0; k < a.length; k += 3)
    if (a[k + 1] === name && a[k] === (ns ?? '')) return a[k + 2]!;
  return null;
}

/** A `w:` attribute, or null. */
export const wAttr = (el: Element | undefined, name: string): string | null => attr(el, name, W);

/** Every element named `name` in namespace `ns` below `el`, in document order. */
export function descendants(el: Element, name: string, ns: string = W): Element[] {
  return gather(el, name, ns, []);
}

/** `descendants`, into `out`; an element without children (most of a Word part) is not entered. */
function gather(el: Element, name: string, ns: string, out: Element[]): Element[] {
  const children = el.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (typeof c === 'string') continue;
    if (c.local === name && c.ns === ns) out.push(c);
    if (c.children.length > 0) gather(c, name, ns, out);
  }
  return out;
}

/**
 * Whether `el` holds, at any depth, an element `w:<a>` or `w:<b>`: what `descendants` would
 * find, without the list (asked of every paragraph of every Word file read back).
 */
export function containsW(el: Element, a: string, b: string = a): boolean {
  const children = el.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (typeof c === 'string') continue;
    if ((c.local === a || c.local === b) && c.ns === W) return true;
    if (c.children.length > 0 && containsW(c, a, b)) return true;
  }
  return false;
}

/** The text inside `el`, all levels. */
export const textOf = (el: Element): string =>
  el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');

/**
 * The value of an on/off property (w:b, w:i, w:titlePg…): present means on, unless its
 * w:val says "false", "0" or "off"; absent means undefined (inherit).
 */
export function onOff(el: Element | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = wAttr(el, 'val');
  return v === null || !['false', '0', 'off'].includes(v);
}
