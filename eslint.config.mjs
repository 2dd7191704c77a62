import { readFileSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The rooms that compute, check or phrase: their input comes as values, never from a file. One
 * list, read here and by test/architecture/room-arrows.test.ts.
 */
const PURE_ROOMS = JSON.parse(readFileSync('test/architecture/pure-rooms.json', 'utf8'));
/**
 * The node: modules that only compute (zlib: the zip reader of src/ooxml inflates with it), which
 * those rooms may use. One list, read here and by the architecture tests.
 */
const COMPUTATION = JSON.parse(readFileSync('test/architecture/computation-modules.json', 'utf8'));

export default tseslint.config(
  { ignores: ['dist/', 'output/', 'node_modules/', 'coverage/', 'tthc-web-data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: { globals: { module: 'writable', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The web app's one script runs in the browser.
  {
    files: ['src/web/static/**/*.js'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', fetch: 'readonly' } },
  },
  // The arrows between rooms are tested in test/architecture/room-arrows.test.ts; here, what an
  // editor shows at once: no file system, process or network in the pure rooms.
  {
    files: PURE_ROOMS.map((room) => `src/${room}/**/*.ts`),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', ...COMPUTATION.map((m) => `!${m}`)],
              allowTypeImports: true,
              message:
                'This room computes or checks values only: read files in src/ingest, write in src/render (docs/architecture.md).',
            },
          ],
        },
      ],
    },
  },
);
