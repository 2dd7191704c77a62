// The rooms of src/ and the arrows allowed between them (docs/architecture.md): one path for the
// data, cli → pipeline → ingest → validate → compute → render → verify, each room entered once.
// A value imported against an arrow fails here, with the file and the import; a type may cross
// any way (it is erased at compile time), and import-cycles.test.ts keeps the files acyclic.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { projectRoot } from '../../src/tools/project-root';
import PURE_ROOMS from './pure-rooms.json';
import COMPUTATION from './computation-modules.json';
import { roomOf, typeScriptFiles } from '../helpers/import-graph';

/** Each room and the rooms it may import values from (itself always). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  format: [],
  tools: [],
  issues: ['format'],
  contract: ['format'],
  domain: ['format', 'contract'],
  ooxml: ['issues', 'format'],
  ingest: ['issues', 'format', 'contract', 'domain', 'ooxml', 'tools'],
  phrase: ['format', 'contract', 'domain'],
  forms: ['format', 'contract'],
  annexes: ['format', 'contract'],
  catalogue: ['format', 'contract', 'phrase', 'forms'],
  // Along the data path: validate may use ingest's readers of text (YAML).
  validate: ['issues', 'format', 'contract', 'domain', 'catalogue', 'ooxml', 'ingest'],
  compute: ['issues', 'format', 'contract', 'domain', 'catalogue', 'phrase', 'forms'],
  init: ['issues', 'format', 'contract', 'domain'],
  render: [
    'issues',
    'format',
    'contract',
    'domain',
    'phrase',
    'catalogue',
    'forms',
    'annexes',
    'ooxml',
    'tools',
    'init',
  ],
  conformance: ['issues', 'format', 'domain', 'ooxml'],
  audit: ['issues', 'format', 'contract', 'domain', 'catalogue', 'ooxml'],
  verify: [
    'issues',
    'format',
    'contract',
    'catalogue',
    'phrase',
    'forms',
    'annexes',
    'conformance',
    'audit',
    'ooxml',
    'tools',
  ],
  pipeline: [
    'issues',
    'format',
    'contract',
    'domain',
    'ooxml',
    'ingest',
    'validate',
    'compute',
    'catalogue',
    'phrase',
    'forms',
    'annexes',
    'render',
    'verify',
    'conformance',
    'audit',
    'tools',
    'init',
  ],
  // The web app: the pipeline, and the rooms the pipeline uses for what it shows (issues and
  // their places, the contract's headers, the summary, titles, the audit's sentences).
  web: [
    'pipeline',
    'issues',
    'format',
    'contract',
    'domain',
    'ooxml',
    'ingest',
    'catalogue',
    'phrase',
    'render',
    'conformance',
    'audit',
    'tools',
    'init',
  ],
};

/** Rooms that compute, check or phrase: they get their input as values, never from a file. */
const PURE: readonly string[] = PURE_ROOMS;

const ROOT = projectRoot();

/** The imports of a file: specifier, and whether only types come through it. */
function importsOf(text: string): { specifier: string; typeOnly: boolean }[] {
  const out: { specifier: string; typeOnly: boolean }[] = [];
  const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
  const STATEMENT = /\b(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
  for (const m of code.matchAll(STATEMENT)) {
    const names = m[3] ?? '';
    // import { type A, type B } brings only types too.
    const inner = /^\{([\s\S]*)\}$/.exec(names.trim())?.[1];
    const allTyped =
      inner !== undefined &&
      inner
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
        .every((n) => n.startsWith('type '));
    out.push({ specifier: m[4]!, typeOnly: Boolean(m[2]) || allTyped });
  }
  for (const m of code.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g))
    out.push({ specifier: m[1]!, typeOnly: false });
  return out;
}

const files = typeScriptFiles(join(ROOT, 'src')).map((f) => relative(ROOT, f));

test('every room of src/ is one of the rooms the architecture names', () => {
  const rooms = new Set(files.map(roomOf).filter(Boolean));
  expect([...rooms].filter((r) => !(r in ALLOWED) && r !== 'cli').sort()).toEqual([]);
});

test('values are imported only along the allowed arrows', () => {
  const against: string[] = [];
  for (const file of files) {
    const room = roomOf(file);
    if (room === 'cli' || room === '') continue;
    for (const i of importsOf(readFileSync(join(ROOT, file), 'utf8'))) {
      if (!i.specifier.startsWith('.') || i.typeOnly) continue;
      const path = normalize(join(dirname(file), i.specifier));
      const target = roomOf(existsSync(join(ROOT, path)) ? join(path, 'index.ts') : `${path}.ts`);
      if (target !== room && !ALLOWED[room]!.includes(target))
        against.push(`${file}: ${room} → ${target} (${i.specifier})`);
    }
  }
  expect(against).toEqual([]);
});

test('the rooms that compute, check and phrase use no node: module but zlib', () => {
  const found = files
    .filter((f) => PURE.includes(roomOf(f)))
    .flatMap((f) =>
      importsOf(readFileSync(join(ROOT, f), 'utf8'))
        .filter(
          (i) =>
            i.specifier.startsWith('node:') && !i.typeOnly && !COMPUTATION.includes(i.specifier),
        )
        .map((i) => `${f} → ${i.specifier}`),
    );
  expect(found).toEqual([]);
});

test('the reader of imports tells a type from a value', () => {
  expect(
    importsOf(
      [
        "import type { A } from './a';",
        "import { type B, type C } from './b';",
        "import { type D, e } from './d';",
        "import f from './f';",
        "export { g } from './g';",
        "export type { H } from './h';",
        "const i = require('./i');",
        "// import { j } from './j';",
      ].join('\n'),
    ),
  ).toEqual([
    { specifier: './a', typeOnly: true },
    { specifier: './b', typeOnly: true },
    { specifier: './d', typeOnly: false },
    { specifier: './f', typeOnly: false },
    { specifier: './g', typeOnly: false },
    { specifier: './h', typeOnly: true },
    { specifier: './i', typeOnly: false },
  ]);
});
