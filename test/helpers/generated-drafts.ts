import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { auditFile, type AuditResult } from '../../src/cli/commands/audit';
import { projectRoot } from '../../src/tools/project-root';
import { PACKAGE_FILES } from '../../src/contract/package-files';
import { letterFile } from '../../src/render/letter/letter-file';
import { SAMPLE_766, SAMPLE_H1, SAMPLE_Q1 } from './load-sample';
import { letterPackageOf, packageFiles } from './sample-package';
import { sampleReport } from './sample-report';
import { tempFolder } from './sample-copy';

/** A document the project generates, with the dataset it comes from (when it has one). */
export interface Generated {
  readonly name: string;
  readonly bytes: Buffer;
  readonly data?: string;
}

const letter = async (file: string): Promise<Buffer> => {
  const model = await letterPackageOf(join(projectRoot(), 'data', 'cong-van', file));
  return letterFile(model.letter!, null);
};

const letter766 = async (): Promise<Buffer> =>
  (await packageFiles(SAMPLE_766)).get(PACKAGE_FILES.letter)!;

/** Every document the project writes from prose: both reports and the three letters. */
export async function generatedDrafts(): Promise<Generated[]> {
  return [
    {
      name: 'bao-cao-lao-cai-q1.docx',
      bytes: (await sampleReport(SAMPLE_Q1)).bytes!,
      data: SAMPLE_Q1,
    },
    {
      name: 'bao-cao-lai-chau-h1.docx',
      bytes: (await sampleReport(SAMPLE_H1)).bytes!,
      data: SAMPLE_H1,
    },
    { name: 'cong-van-766.docx', bytes: await letter766(), data: SAMPLE_766 },
    { name: 'cong-van-001.docx', bytes: await letter('001-nang-cao-hieu-qua-giai-quyet-tthc.md') },
    { name: 'cong-van-004.docx', bytes: await letter('004-thuc-day-dvc-truc-tuyen.md') },
  ];
}

/**
 * A generated Word file with one piece of its text replaced, as an office would edit a draft.
 * The text must occur exactly once in the part, so the alteration is the one intended.
 */
export function alter(
  bytes: Buffer,
  from: string,
  to: string,
  part: 'document' | 'footnotes' = 'document',
): Buffer {
  const zip = new PizZip(bytes);
  const file = `word/${part}.xml`;
  const xml = zip.file(file)!.asText();
  const count = xml.split(from).length - 1;
  if (count !== 1) throw new Error(`"${from}" occurs ${count} times in ${file}`);
  zip.file(file, xml.replace(from, to));
  return zip.generate({ type: 'nodebuffer' });
}

/** Writes the bytes to a temporary file and audits it as `tthc audit` does. */
export async function auditBytes(name: string, bytes: Buffer, data?: string): Promise<AuditResult> {
  const path = join(tempFolder('tthc-audit-'), name);
  writeFileSync(path, bytes);
  return auditFile(path, data);
}
