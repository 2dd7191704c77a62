import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { makeIssue, type Issue } from '../../issues/issue';
import { PDFTOTEXT, sofficeCommand } from '../../tools/programs';
import { converterKind } from './converter/converter-kind';
import { unoMissing, unoPython } from './converter/uno-python';

const executable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/**
 * Where `command` would be run from, or null: a path is taken as it is, a bare name is
 * looked up in `path` the way a shell does. Nothing is started.
 */
export function findProgram(command: string, path = process.env.PATH ?? ''): string | null {
  if (command.includes('/')) return executable(command) ? command : null;
  for (const dir of path.split(delimiter)) {
    const file = join(dir || '.', command);
    if (executable(file)) return file;
  }
  return null;
}

// Times New Roman is what the documents ask for; Liberation Serif has the same metrics (so the
// same page breaks) and every Vietnamese letter.
const GOOD_FONTS = ['Times New Roman', 'Liberation Serif'];

/** The family fontconfig gives for Times New Roman, or null when fontconfig is not there. */
function timesSubstitute(): string | null {
  if (!findProgram('fc-match')) return null;
  const r = spawnSync('fc-match', ['-f', '%{family}', 'Times New Roman'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split(',')[0]!.trim() : null;
}

/**
 * What --pdf needs before anything is converted: LibreOffice and pdftotext (errors), and a
 * Times New Roman-compatible font with Vietnamese letters (a warning: the PDF is still made).
 * With TTHC_PDF_CONVERTER=warm, also a Python with python3-uno: without it the warm converter
 * falls back to the cold way, said here once, before the build (a warning).
 */
export function checkPdfTools(
  soffice = sofficeCommand(),
  env: NodeJS.ProcessEnv = process.env,
): Issue[] {
  const issues: Issue[] = [];
  const kind = converterKind(env);
  if (kind === null)
    issues.push(makeIssue('PDF_CONVERTER_UNKNOWN', { value: env.TTHC_PDF_CONVERTER ?? '' }));
  if (kind === 'warm') {
    const missing = unoMissing(unoPython(env));
    if (missing) issues.push(makeIssue('PDF_WARM_UNAVAILABLE', { reason: missing }));
  }
  if (!findProgram(soffice)) issues.push(makeIssue('SOFFICE_MISSING', { command: soffice }));
  if (!findProgram(PDFTOTEXT)) issues.push(makeIssue('PDFTOTEXT_MISSING'));
  const font = timesSubstitute();
  if (font !== null && !GOOD_FONTS.includes(font))
    issues.push(makeIssue('PDF_FONT_MISSING', { font }));
  return issues;
}
