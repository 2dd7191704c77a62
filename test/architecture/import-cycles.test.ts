// No file of src/ imports itself back, however far round, type-only imports included: a cycle
// makes the load order decide what a module sees, and ties rooms that should stand alone.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/tools/project-root';
import {
  importCycles,
  importGraph,
  roomArrows,
  roomOf,
  specifiersOf,
} from '../helpers/import-graph';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';
import COMPUTATION from './computation-modules.json';

afterAll(removeTempFolders);

test('src/ has no import cycle', () => {
  const graph = importGraph();
  // The graph is the real one: every file, every relative import found and resolved.
  expect(graph.files.length).toBeGreaterThan(300);
  expect(graph.files).toContain('src/ooxml/xml.ts');
  expect(graph.edges.get('src/render/docx/run.ts')).toContain('src/ooxml/escape-xml.ts');
  expect(graph.unresolved).toEqual([]);
  // Each cycle is listed as "a.ts → b.ts → a.ts" in the failure.
  expect(importCycles(graph).map((c) => c.join(' → '))).toEqual([]);
});

test('src/ooxml/ is a low room: it imports only format, issues and libraries, of node: zlib alone', () => {
  const graph = importGraph();
  const low = new Set(['ooxml', 'format', 'issues']);
  const outside = [...roomArrows(graph)]
    .filter(([arrow]) => arrow.startsWith('ooxml → ') && !low.has(arrow.slice(8)))
    .flatMap(([, imports]) => imports.map(([from, to]) => `${from} → ${to}`));
  expect(outside).toEqual([]);
  const ooxml = graph.files.filter((f) => roomOf(f) === 'ooxml');
  expect(ooxml.length).toBeGreaterThan(5);
  const nodeModules = ooxml.flatMap((f) =>
    specifiersOf(readFileSync(join(projectRoot(), f), 'utf8'))
      .filter((s) => s.startsWith('node:') && !COMPUTATION.includes(s))
      .map((s) => `${f} → ${s}`),
  );
  expect(nodeModules).toEqual([]);
});

test('every way of importing counts; a specifier in a comment or a string does not', () => {
  expect(
    specifiersOf(
      [
        "import type { A } from './a';",
        "import { type B, c } from './b';",
        "export { d } from './d';",
        "export * from './e';",
        "import './f';",
        "const g = await import('./g');",
        "const h = require('./h');",
        "type I = import('./i').I;",
        "// import { j } from './j';",
        'const k = "import { k } from \'./k\'";',
        "import { readFileSync } from 'node:fs';",
      ].join('\n'),
    ),
  ).toEqual(['./a', './b', './d', './e', './f', './g', './h', './i', 'node:fs']);
});

test('cycles are found whatever the kind of import, each listed once from its first file', () => {
  const dir = tempFolder('tthc-import-graph-');
  const src = join(dir, 'src');
  mkdirSync(join(src, 'room'), { recursive: true });
  const file = (name: string, text: string) => writeFileSync(join(src, name), text);
  // a → b → c → a through a type-only import, a re-export and a require.
  file('a.ts', "import type { B } from './b';\nexport type A = B;\n");
  file('b.ts', "export * from './c';\nexport type B = string;\n");
  file('c.ts', "export const c = () => require('./a');\n");
  // room/index.ts ⇄ d.ts through a dynamic import and a folder import.
  file('d.ts', "export const d = () => import('./room');\n");
  file('room/index.ts', "import { d } from '../d';\nexport const e = d;\n");
  // No cycle: an import in a comment, and a chain that ends.
  file('f.ts', "// import { g } from './g';\nimport { c } from './c';\nexport const f = c;\n");
  file('g.ts', "import { f } from './f';\nexport const g = f;\n");
  const graph = importGraph(src, dir);
  expect(graph.unresolved).toEqual([]);
  expect(importCycles(graph)).toEqual([
    ['src/a.ts', 'src/b.ts', 'src/c.ts', 'src/a.ts'],
    ['src/d.ts', 'src/room/index.ts', 'src/d.ts'],
  ]);
  file('h.ts', "import { x } from './missing';\n");
  expect(importGraph(src, dir).unresolved).toEqual(['src/h.ts → ./missing']);
});
