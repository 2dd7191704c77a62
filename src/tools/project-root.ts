import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project root holds package.json; found by walking up, so src/ and dist/src/ both work. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}
