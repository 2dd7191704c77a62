// The project's XML parser (a small scanner, for speed) against saxes, a strict XML 1.0 parser
// with namespaces: the same tree for every part of a Word file made by Word (the report
// template) and of the documents the project writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { projectRoot } from '../../src/tools/project-root';
import { parseXml, type Element } from '../../src/ooxml/xml';
import { generatedDrafts } from '../helpers/generated-drafts';
import { xmlParts } from '../helpers/read-package';
import { removeTempFolders } from '../helpers/sample-copy';

afterAll(removeTempFolders);

/** A tree as plain data: name, sorted attributes, children with adjacent text joined. */
interface Plain {
  name: string;
  attrs: string[];
  children: (Plain | string)[];
}

function plainOf(el: Element): Plain {
  const attrs: string[] = [];
  for (let k = 0; k < el.attrs.length; k += 3)
    attrs.push(`{${el.attrs[k]}}${el.attrs[k + 1]}=${el.attrs[k + 2]}`);
  const children: (Plain | string)[] = [];
  for (const c of el.children) {
    const last = children[children.length - 1];
    if (typeof c !== 'string') children.push(plainOf(c));
    else if (typeof last === 'string') children[children.length - 1] = last + c;
    else children.push(c);
  }
  return { name: `{${el.ns ?? ''}}${el.local}`, attrs: attrs.sort(), children };
}

function saxesTree(xml: string): Plain {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Plain[] = [];
  let root: Plain | null = null;
  const text = (t: string) => {
    const top = stack[stack.length - 1];
    if (!top) return;
    const last = top.children[top.children.length - 1];
    if (typeof last === 'string') top.children[top.children.length - 1] = last + t;
    else top.children.push(t);
  };
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const attrs = Object.values(tag.attributes)
      .filter((a) => a.prefix !== 'xmlns' && a.name !== 'xmlns')
      .map((a) => `{${a.uri}}${a.local}=${a.value}`);
    const el: Plain = { name: `{${tag.uri ?? ''}}${tag.local}`, attrs: attrs.sort(), children: [] };
    stack[stack.length - 1]?.children.push(el);
    root ??= el;
    stack.push(el);
  });
  parser.on('closetag', () => stack.pop());
  parser.on('text', text);
  parser.on('cdata', text);
  parser.write(xml).close();
  return root!;
}

test('every XML part of the Word-made template and of the written documents parses as saxes parses it', async () => {
  const files = [
    {
      name: 'bao-cao-quy.docx',
      bytes: readFileSync(join(projectRoot(), 'templates', 'bao-cao-quy.docx')),
    },
    ...(await generatedDrafts()),
  ];
  let parts = 0;
  for (const { name, bytes } of files)
    for (const [part, xml] of xmlParts(bytes)) {
      parts++;
      // The part named in the failure, so a difference says where it is.
      expect({ part: `${name}/${part}`, tree: plainOf(parseXml(xml)) }).toEqual({
        part: `${name}/${part}`,
        tree: saxesTree(xml),
      });
    }
  expect(parts).toBeGreaterThan(40);
});
