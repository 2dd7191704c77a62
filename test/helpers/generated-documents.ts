import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildDocuments } from '../../src/cli/commands/build-documents';
import { fillForms } from '../../src/forms';
import { contentPathFor } from '../../src/ingest/read-content';
import { readLetter } from '../../src/ingest/read-letter';
import { projectRoot, readRegistry } from '../../src/ingest/read-registry';
import { makeLetter } from '../../src/render/letter/make-letter';
import { bundledReportTemplate } from '../../src/ingest/report-template-file';
import { PACKAGE_FILES } from '../../src/render/write-package';
import { modelOf, SAMPLE_766, SAMPLE_H1, SAMPLE_Q1 } from './load-sample';

/** A Word document the project writes, named "<sample>/<file>". */
export interface GeneratedDocument {
  readonly name: string;
  readonly bytes: Buffer;
}

const WORD_FILES = ['report', 'annex', 'letter', 'ranking', 'compliance'] as const;

/** The Word files `tthc build` writes for a sample dataset, rendered the way the build does. */
async function packageDocuments(folder: string): Promise<GeneratedDocument[]> {
  const model = await modelOf(folder);
  const { docs, issues } = await buildDocuments(model, fillForms(model), {
    contentPath: contentPathFor(folder),
    templatePath: bundledReportTemplate(),
    dataDir: folder,
  });
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new Error(JSON.stringify(errors, null, 2));
  return WORD_FILES.flatMap((key) => {
    const bytes = docs[key];
    return bytes ? [{ name: `${basename(folder)}/${PACKAGE_FILES[key]}`, bytes }] : [];
  });
}

/** Every letter of data/cong-van/, as `tthc letter` makes it. */
function contentLetters(): GeneratedDocument[] {
  const dir = join(projectRoot(), 'data', 'cong-van');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const raw = readLetter(join(dir, f));
      if ('code' in raw) throw new Error(raw.message);
      const made = makeLetter(raw, readRegistry());
      if (!made.bytes) throw new Error(JSON.stringify(made.issues, null, 2));
      return { name: `cong-van/${f.replace(/\.md$/, '.docx')}`, bytes: made.bytes };
    });
}

/**
 * Every Word document the project generates from its bundled data: the packages of the three
 * sample datasets and the letters of data/cong-van/.
 */
export async function generatedDocuments(): Promise<GeneratedDocument[]> {
  const packages = await Promise.all([SAMPLE_Q1, SAMPLE_H1, SAMPLE_766].map(packageDocuments));
  return [...packages.flat(), ...contentLetters()];
}
