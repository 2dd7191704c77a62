import { basename } from 'node:path';
import type { PackageModel } from '../../src/compute/package-model';
import type { PackageSources } from '../../src/ingest/read-package';
import { preparePackage, prepareLetter } from '../../src/pipeline/prepare-package';
import { renderPackage } from '../../src/render/render-package';
import { assemblePackage } from '../../src/compute/assemble-package';
import { splitLetter } from '../../src/ingest/read-letter';
import { readRegistry } from '../../src/ingest/read-registry';
import { letterFile } from '../../src/render/letter/letter-file';
import { validateLetterPackage } from '../../src/validate/package/validate-package';

/** The package model of a dataset whose inputs must have no error. */
export async function packageOf(
  data: string,
  sources: Partial<PackageSources> = {},
): Promise<PackageModel> {
  const prepared = await preparePackage({ data, ...sources });
  const errors = prepared.issues.filter((i) => i.severity === 'error');
  if (!prepared.model || errors.length > 0) throw new Error(JSON.stringify(errors, null, 2));
  return prepared.model;
}

/** The files `tthc build` writes for a dataset, rendered in memory, by name. */
export async function packageFiles(data: string): Promise<Map<string, Buffer>> {
  const files = await renderPackage(await packageOf(data));
  return new Map(files.map((f) => [f.name, f.bytes]));
}

/** The model of a letter (with --data, its dataset's), whose inputs must have no error. */
export async function letterPackageOf(file: string, data?: string): Promise<PackageModel> {
  const prepared = await prepareLetter({ letter: file, data });
  const errors = prepared.issues.filter((i) => i.severity === 'error');
  if (!prepared.model?.letter || errors.length > 0)
    throw new Error(`${basename(file)}: ${JSON.stringify(errors, null, 2)}`);
  return prepared.model;
}

/**
 * A letter from the text of its content file, through the steps `tthc letter` takes (checked,
 * computed, drawn): its bytes, or null with the issues that stopped it.
 */
export function letterFromText(text: string, file = 'cv.md') {
  const raw = splitLetter(text, file);
  const checked = validateLetterPackage({
    letter: raw,
    dataset: null,
    dataName: null,
    rules: null,
    registry: readRegistry(),
  });
  if (!checked.inputs) return { bytes: null, model: null, issues: checked.issues };
  const { model, issues } = assemblePackage(checked.inputs);
  const all = [...checked.issues, ...issues];
  if (!model.letter || all.some((i) => i.severity === 'error'))
    return { bytes: null, model, issues: all };
  return { bytes: letterFile(model.letter, null), model, issues: all };
}
