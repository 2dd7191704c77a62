import { SaxesParser } from 'saxes';

// A deterministic pretty-print of an XML part for the golden copies: a reviewer reads a diff of
// one element per line instead of one 500 kB line. What it forgets (attribute order, whitespace
// between elements, `<a/>` against `<a></a>`, which characters were written as entities) is not
// lost: the part's bytes are hashed in the zip's entry list (zip-entries.ts), so a change there
// still fails, only without a line diff.

const INDENT = ' ';

const escapeText = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Line breaks and tabs inside text would break the one-line-per-element layout or hide.
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');

const escapeAttribute = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

/** Namespace declarations first, then the other attributes, each group by name. */
function attributeText(attributes: Record<string, string>): string {
  const isNs = (name: string) => name === 'xmlns' || name.startsWith('xmlns:');
  const names = Object.keys(attributes).sort((a, b) => {
    if (isNs(a) !== isNs(b)) return isNs(a) ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return names.map((n) => ` ${n}="${escapeAttribute(attributes[n] ?? '')}"`).join('');
}

interface OpenElement {
  readonly name: string;
  /** Index in `lines` of the start tag, rewritten in place if the element has no children. */
  readonly line: number;
  readonly start: string;
  children: boolean;
  text: string;
}

/**
 * One element per line, indented by depth; an element holding only text stays on one line
 * (`<w:t xml:space="preserve">Số liệu </w:t>`), its text kept to the character. Whitespace-only
 * text between elements is dropped. Throws on malformed XML: every part we write must parse.
 */
export function prettyXml(xml: string): string {
  const parser = new SaxesParser();
  const lines: string[] = [];
  const stack: OpenElement[] = [];
  const pad = () => INDENT.repeat(stack.length);
  let failure: Error | null = null;

  // Text that sits beside child elements (mixed content) gets its own line; whitespace goes.
  const flushText = (el: OpenElement) => {
    if (el.text.trim() !== '') lines.push(pad() + escapeText(el.text));
    el.text = '';
  };

  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('xmldecl', (d) => {
    const parts = [`version="${d.version ?? '1.0'}"`];
    if (d.encoding !== undefined) parts.push(`encoding="${d.encoding}"`);
    if (d.standalone !== undefined) parts.push(`standalone="${d.standalone}"`);
    lines.push(`<?xml ${parts.join(' ')}?>`);
  });
  parser.on('doctype', (d) => lines.push(pad() + `<!DOCTYPE${d}>`));
  parser.on('processinginstruction', (pi) =>
    lines.push(pad() + `<?${pi.target}${pi.body ? ' ' + pi.body : ''}?>`),
  );
  parser.on('comment', (c) => lines.push(pad() + `<!--${c}-->`));
  parser.on('opentag', (tag) => {
    const parent = stack.at(-1);
    if (parent) {
      parent.children = true;
      flushText(parent);
    }
    const start = `<${tag.name}${attributeText(tag.attributes as Record<string, string>)}`;
    lines.push(pad() + start + '>');
    stack.push({ name: tag.name, line: lines.length - 1, start, children: false, text: '' });
  });
  const onText = (t: string) => {
    const el = stack.at(-1);
    if (el) el.text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const el = stack.at(-1)!;
    if (el.children) {
      flushText(el); // while `el` is still open: its text is indented as its children are
      stack.pop();
      lines.push(pad() + `</${el.name}>`);
      return;
    }
    stack.pop();
    lines[el.line] =
      pad() +
      (el.text === '' ? `${el.start}/>` : `${el.start}>${escapeText(el.text)}</${el.name}>`);
  });

  parser.write(xml).close();
  if (failure) throw failure;
  return lines.join('\n') + '\n';
}
