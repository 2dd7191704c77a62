// The code V8 compiled for a file, kept beside it and taken at the next start (the CLI's bundle,
// docs/bundle.md): taken only for the very text it was made from, refused harmlessly when it is
// damaged, and the file runs the same with it or without it.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cacheFileOf,
  compileWithCodeCache,
  keepCompiledCode,
  runCompiled,
} from '../../src/tools/code-cache';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';

afterAll(removeTempFolders);

/** A CommonJS file that uses what `require` gives a module: its require, module and folder. */
const SOURCE = (n: number) => `
const { basename } = require('node:path');
function square(x) { return x * x; }
module.exports = { value: square(${n}), folder: basename(__dirname), same: exports === module.exports };
`;

function fileWith(source: string): string {
  const file = join(tempFolder('tthc-code-cache-'), 'bundle.js');
  writeFileSync(file, source);
  return file;
}

test('without kept code the file is compiled and runs as require would run it', () => {
  const file = fileWith(SOURCE(7));
  const compiled = compileWithCodeCache(file);
  expect(compiled.use).toBe('none');
  expect(runCompiled(compiled)).toEqual({
    value: 49,
    folder: file.split('/').at(-2),
    same: true,
  });
});

test('kept code is written under the hash of the text, and the next compile takes it', () => {
  const file = fileWith(SOURCE(7));
  const first = compileWithCodeCache(file);
  runCompiled(first);
  keepCompiledCode(first);
  const folder = join(file, '..');
  expect(readdirSync(folder).sort()).toEqual([
    'bundle.js',
    cacheFileOf(file, SOURCE(7)).split('/').at(-1),
  ]);
  expect(cacheFileOf(file, SOURCE(7))).toMatch(/bundle\.js\.[0-9a-f]{16}\.cache$/);
  const second = compileWithCodeCache(file);
  expect(second.use).toBe('used');
  expect((runCompiled(second) as { value: number }).value).toBe(49);
});

test("kept code can live in a folder of its own (exceljs's beside the bundle): nothing is written beside the file", () => {
  const file = fileWith(SOURCE(5));
  const folder = tempFolder('tthc-code-cache-kept-');
  const first = compileWithCodeCache(file, folder);
  expect(first.use).toBe('none');
  runCompiled(first);
  keepCompiledCode(first);
  expect(readdirSync(join(file, '..'))).toEqual(['bundle.js']);
  expect(readdirSync(folder)).toEqual([cacheFileOf(file, SOURCE(5)).split('/').at(-1)]);
  // Beside the file there is none; in the folder, the next compile takes it.
  expect(compileWithCodeCache(file).use).toBe('none');
  const second = compileWithCodeCache(file, folder);
  expect(second.use).toBe('used');
  // It runs as the file, in the file's own folder, wherever its code is kept.
  expect(runCompiled(second)).toEqual({ value: 25, folder: file.split('/').at(-2), same: true });
});

test('another text of the same length does not find the code kept for the first', () => {
  const file = fileWith(SOURCE(7));
  const first = compileWithCodeCache(file);
  runCompiled(first);
  keepCompiledCode(first);
  // Same length, other figure: V8 alone would not tell the two apart.
  expect(SOURCE(8)).toHaveLength(SOURCE(7).length);
  writeFileSync(file, SOURCE(8));
  const other = compileWithCodeCache(file);
  expect(other.use).toBe('none');
  expect((runCompiled(other) as { value: number }).value).toBe(64);
});

test('damaged kept code is refused by V8, and the file still runs', () => {
  const file = fileWith(SOURCE(5));
  writeFileSync(cacheFileOf(file, SOURCE(5)), Buffer.from('not compiled code at all'));
  const compiled = compileWithCodeCache(file);
  expect(compiled.use).toBe('rejected');
  expect((runCompiled(compiled) as { value: number }).value).toBe(25);
});

test('a text that is not ASCII is read as UTF-8: its letters and its kept code are right', () => {
  // The bundle is ASCII and read byte for byte; any other file must still read as `require`
  // would read it.
  const source = `module.exports = { name: 'Phường Hoàn Kiếm', regex: /^(?:xã|phường)\\s/u.source };`;
  const file = fileWith(source);
  const first = compileWithCodeCache(file);
  expect(runCompiled(first)).toEqual({ name: 'Phường Hoàn Kiếm', regex: '^(?:xã|phường)\\s' });
  keepCompiledCode(first);
  // The name of its kept code is the same whether the text or its UTF-8 bytes are hashed.
  expect(cacheFileOf(file, Buffer.from(source, 'utf8'))).toBe(cacheFileOf(file, source));
  const second = compileWithCodeCache(file);
  expect(second.use).toBe('used');
  expect((runCompiled(second) as { name: string }).name).toBe('Phường Hoàn Kiếm');
});
