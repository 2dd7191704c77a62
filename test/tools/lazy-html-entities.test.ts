// The bundle carries xmldom's entities.js with its HTML table built on first use
// (src/tools/lazy-html-entities.ts). Both texts are run here as CommonJS modules, with the
// library's own `freeze`, counted.
import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { lazyHtmlEntities } from '../../src/tools/lazy-html-entities';

const FILE = require.resolve('@xmldom/xmldom/lib/entities.js');
const ORIGINAL = readFileSync(FILE, 'utf8');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { freeze } = require('@xmldom/xmldom/lib/conventions.js') as {
  freeze: <T>(o: T) => Readonly<T>;
};

type Entities = Record<string, Readonly<Record<string, string>>>;

/** Runs the text as the module, with `freeze` counted; the count is read after each step. */
function load(text: string) {
  let frozen = 0;
  const counted = <T>(o: T) => (frozen++, freeze(o));
  const exports: Entities = {};
  const run = new Script(`(function (exports, require) {${text}\n})`).runInThisContext() as (
    e: object,
    r: (id: string) => unknown,
  ) => void;
  run(exports, (id) => {
    if (id !== './conventions') throw new Error(`unexpected require: ${id}`);
    return { freeze: counted };
  });
  return { exports, frozen: () => frozen };
}

test('the HTML table is built on first use, as the same frozen table, and once', () => {
  const before = load(ORIGINAL);
  const after = load(lazyHtmlEntities(ORIGINAL));
  // Loaded: the original froze both tables, the bundle's text only the XML one.
  expect(before.frozen()).toBe(2);
  expect(after.frozen()).toBe(1);
  expect(after.exports['XML_ENTITIES']).toEqual(before.exports['XML_ENTITIES']);
  expect(Object.isFrozen(after.exports['XML_ENTITIES'])).toBe(true);
  // Read: the same entities, frozen, built once, and the deprecated name is the same object.
  const html = after.exports['HTML_ENTITIES']!;
  expect(after.frozen()).toBe(2);
  expect(Object.keys(html).length).toBeGreaterThan(2000);
  expect(html).toEqual(before.exports['HTML_ENTITIES']);
  expect(Object.isFrozen(html)).toBe(true);
  expect(after.exports['entityMap']).toBe(html);
  expect(after.exports['HTML_ENTITIES']).toBe(html);
  expect(after.frozen()).toBe(2);
  expect(Object.keys(after.exports).sort()).toEqual(Object.keys(before.exports).sort());
});

test('another text of the file stops the build instead of being bundled unchanged', () => {
  expect(() => lazyHtmlEntities(ORIGINAL.replace('exports.HTML_ENTITIES = freeze({', '{'))).toThrow(
    /expected "exports.HTML_ENTITIES = freeze\(\{" once/,
  );
  expect(() => lazyHtmlEntities(`${ORIGINAL}\nexports.entityMap = exports.HTML_ENTITIES;`)).toThrow(
    /entityMap/,
  );
});
