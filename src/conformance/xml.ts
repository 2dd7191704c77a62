import { unescapeXml } from '../render/docx/xml';

/** The WordprocessingML namespace: elements are matched by it, whatever prefix a producer uses. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** An element of a parsed part: namespace-resolved name, attributes, children in order. */
export interface Element {
  readonly local: string;
  /** Namespace URI, or null when the name has no prefix and no default namespace applies. */
  readonly ns: string | null;
  /** Attribute values by "namespace URI|local name" ("|local" for unprefixed ones). */
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: readonly (Element | string)[];
}

/** What was wrong with a part's XML: the tag or text where reading stopped. */
export class XmlSyntaxError extends Error {}

interface Open {
  readonly element: Element & { children: (Element | string)[] };
  readonly name: string;
  readonly scope: ReadonlyMap<string, string>;
}

// One token at a time: comment, CDATA, processing instruction or DOCTYPE, end tag, start tag
// (its attributes and "/" of an empty element), text, or a "<" that starts nothing valid.
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][^>]*>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|</g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function resolve(name: string, scope: ReadonlyMap<string, string>, attribute: boolean) {
  const colon = name.indexOf(':');
  if (colon < 0) return { ns: attribute ? null : (scope.get('') ?? null), local: name };
  const prefix = name.slice(0, colon);
  const ns = prefix === 'xml' ? XML_NS : (scope.get(prefix) ?? prefix);
  return { ns, local: name.slice(colon + 1) };
}

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

function startTag(name: string, rawAttrs: string, parent: Open | undefined): Open {
  let scope = parent?.scope ?? NO_ATTRIBUTES;
  if (!rawAttrs) {
    const { ns, local } = resolve(name, scope, false);
    return { element: { local, ns, attrs: NO_ATTRIBUTES, children: [] }, name, scope };
  }
  const pairs: [string, string][] = [];
  let declared: Map<string, string> | null = null;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(rawAttrs); m; m = ATTRIBUTE.exec(rawAttrs)) {
    const [key, value] = [m[1]!, unescapeXml(m[2] ?? m[3] ?? '')];
    if (key === 'xmlns' || key.startsWith('xmlns:')) {
      declared ??= new Map(scope);
      declared.set(key === 'xmlns' ? '' : key.slice(6), value);
    } else pairs.push([key, value]);
  }
  if (declared) scope = declared;
  const attrs = new Map<string, string>();
  for (const [k, v] of pairs) {
    const a = resolve(k, scope, true);
    attrs.set(`${a.ns ?? ''}|${a.local}`, v);
  }
  const { ns, local } = resolve(name, scope, false);
  return { element: { local, ns, attrs, children: [] }, name, scope };
}

/**
 * Parses one XML part into a tree, namespaces resolved. Small and fast on purpose: OOXML parts
 * are plain elements, attributes and text; a malformed part throws XmlSyntaxError.
 */
export function parseXml(text: string): Element {
  const stack: Open[] = [];
  let root: Element | null = null;
  for (const m of text.matchAll(TOKEN)) {
    const top = stack[stack.length - 1];
    if (m[1] !== undefined) top?.element.children.push(m[1]);
    else if (m[2] !== undefined) {
      if (!top || top.name !== m[2]) throw new XmlSyntaxError(`</${m[2]}>`);
      stack.pop();
    } else if (m[3] !== undefined) {
      if (!top && root) throw new XmlSyntaxError(`<${m[3]}>`);
      const open = startTag(m[3], m[4] ?? '', top);
      if (top) top.element.children.push(open.element);
      else root = open.element;
      if (m[5] !== '/') stack.push(open);
    } else if (m[6] !== undefined) {
      if (top) top.element.children.push(unescapeXml(m[6]));
      else if (m[6].trim()) throw new XmlSyntaxError(m[6].trim().slice(0, 20));
    } else if (m[0] === '<') throw new XmlSyntaxError(text.slice(m.index, m.index + 20));
  }
  if (stack.length > 0) throw new XmlSyntaxError(`<${stack[stack.length - 1]!.name}>`);
  if (!root) throw new XmlSyntaxError('');
  return root;
}

/** Element children of `el`, all of them or those named `w:<name>`. */
export function kids(el: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (const c of el.children)
    if (typeof c !== 'string' && (name === undefined || (c.local === name && c.ns === W)))
      out.push(c);
  return out;
}

/** The first `w:<name>` child of `el`. */
export function kid(el: Element | undefined, name: string): Element | undefined {
  for (const c of el?.children ?? [])
    if (typeof c !== 'string' && c.local === name && c.ns === W) return c;
  return undefined;
}

/** Is `el` the element `w:<name>`? */
export const isW = (el: Element, name: string): boolean => el.local === name && el.ns === W;

/** An attribute in namespace `ns` (null: unprefixed), or null. */
export const attr = (el: Element | undefined, name: string, ns: string | null = null) =>
  el?.attrs.get(`${ns ?? ''}|${name}`) ?? null;

/** A `w:` attribute, or null. */
export const wAttr = (el: Element | undefined, name: string): string | null => attr(el, name, W);

/** Every element named `name` in namespace `ns` below `el`, in document order. */
export function descendants(el: Element, name: string, ns: string = W): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (const c of e.children)
      if (typeof c !== 'string') {
        if (c.local === name && c.ns === ns) out.push(c);
        walk(c);
      }
  };
  walk(el);
  return out;
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
