import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../tools/project-root';

/** The version in package.json, which `tthc --version` prints. */
export function toolVersion(): string {
  const manifest = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? '';
}
