import type { Issue } from '../issues/issue';
import { checkPdfTools } from '../render/pdf/pdf-tools';
import { printIssues } from './print-issues';

/** What the PDF tools check printed before a build, and a filter for what it already said. */
export interface ToolsCheck {
  /** An error among the printed issues: the build must not start. */
  readonly failed: boolean;
  /** The issues of a later step less those the check already printed (PDF_WARM_UNAVAILABLE). */
  readonly unsaid: (issues: readonly Issue[]) => Issue[];
}

/** Checks LibreOffice and its helpers when a PDF is asked for, and prints what it found. */
export function printPdfToolsCheck(pdf: boolean | undefined): ToolsCheck {
  const said = pdf ? checkPdfTools() : [];
  return {
    failed: printIssues(said) !== 0,
    unsaid: (issues) => issues.filter((i) => !said.some((s) => s.code === i.code)),
  };
}
