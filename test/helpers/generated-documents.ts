import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PACKAGE_FILES } from '../../src/contract/package-files';
import { projectRoot } from '../../src/tools/project-root';
import { letterFile } from '../../src/render/letter/letter-file';
import { SAMPLE_766, SAMPLE_H1, SAMPLE_Q1 } from './load-sample';
import { letterPackageOf, packageFiles } from './sample-package';

/** A Word document the project writes, named "<sample>/<file>". */
export interface GeneratedDocument {
  readonly name: string;
  readonly bytes: Buffer;
}

const WORD_FILES = ['report', 'annex', 'letter', 'ranking', 'compliance'] as const;

/** The Word files `tthc build` writes for a sample dataset, rendered the way the build does. */
async function packageDocuments(folder: string): Promise<GeneratedDocument[]> {
  const files = await packageFiles(folder);
  return WORD_FILES.flatMap((key) => {
    const bytes = files.get(PACKAGE_FILES[key]);
    return bytes ? [{ name: `${basename(folder)}/${PACKAGE_FILES[key]}`, bytes }] : [];
  });
}

/** Every letter of data/cong-van/, as `tthc letter` makes it. */
async function contentLetters(): Promise<GeneratedDocument[]> {
  const dir = join(projectRoot(), 'data', 'cong-van');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  return Promise.all(
    files.map(async (f) => {
      const model = await letterPackageOf(join(dir, f));
      return {
        name: `cong-van/${f.replace(/\.md$/, '.docx')}`,
        bytes: letterFile(model.letter!, null),
      };
    }),
  );
}

/**
 * Every Word document the project generates from its bundled data: the packages of the three
 * sample datasets and the letters of data/cong-van/.
 */
export async function generatedDocuments(): Promise<GeneratedDocument[]> {
  const packages = await Promise.all([SAMPLE_Q1, SAMPLE_H1, SAMPLE_766].map(packageDocuments));
  return [...packages.flat(), ...(await contentLetters())];
}
