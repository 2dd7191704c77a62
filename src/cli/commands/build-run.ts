import { formatNumber } from '../../format';
import { NOTICES } from '../../issues/notices';
import { summaryLines } from '../../render/model/summary';
import { buildPackage } from '../../pipeline/build-package';
import { preparePackage } from '../../pipeline/prepare-package';
import type { PdfConverter } from '../../render/pdf/converter/converter';
import type { ToolsCheck } from '../pdf-tools-check';
import { printIssues } from '../print-issues';
import { typedLines } from '../print-typed';
import type { BuildArgs } from './build-args';

const refuse = () => (console.error(NOTICES.NOTHING_WRITTEN_REPORT()), 1);

/**
 * The work of `tthc build` once the PDF tools are checked (build.ts): prepare (read, check,
 * compute), then write, read back and move into place, printing what an official reads.
 */
export async function buildFromArgs(
  args: BuildArgs,
  tools: ToolsCheck,
  converter: PdfConverter | undefined,
  converted?: () => void,
): Promise<number> {
  console.error(NOTICES.READING());
  const prepared = await preparePackage(
    {
      data: args.data,
      content: args.content,
      template: args.template,
      previous: args.previous,
      fillCarryOver: args.fillCarryOver,
      parts: args.parts,
    },
    args,
  );
  if (printIssues(prepared.issues) !== 0 || !prepared.model?.report) return refuse();
  const result = await buildPackage(prepared.model, {
    out: args.out,
    force: args.force,
    pdf: args.pdf,
    converter,
    converted,
    progress: (line) => console.error(line),
  });
  if (result.status === 'blocked') return (console.error(result.message), 2);
  if (result.status === 'refused') {
    printIssues(tools.unsaid(result.issues));
    if (result.reason === 'pdf') return refuse();
    console.error(NOTICES.OUTPUT_REFUSED());
    return 1;
  }
  printIssues(tools.unsaid(result.warnings));
  console.log(summaryLines(prepared.model.report).join('\n'));
  console.log(
    NOTICES.WRITTEN({
      count: result.files.length,
      folder: result.folder,
      files: result.files.join(', '),
    }),
  );
  const checked = NOTICES.CHECKED_FROM_DATA({ count: formatNumber(result.checked) });
  console.log(typedLines(checked, prepared.typed).join('\n'));
  // A warning of the Nghị định 30 check (a city's text calling it "tỉnh") is not "đúng thể thức".
  const formatWarned = result.warnings.filter((w) => w.code.startsWith('FORMAT_')).length;
  console.log(
    formatWarned > 0 ? NOTICES.FORMAT_WARNED({ count: formatWarned }) : NOTICES.FORMAT_OK(),
  );
  return 0;
}
