import { join } from 'node:path';
import type { Draft, TextBlock } from '../../audit/draft';
import type { Issue } from '../../issues/issue';
import { auditFile } from '../../pipeline/audit-file';
import type { WebContext } from '../context';
import type { AuditFinding, Job } from './job';
import { jobPaths } from './job-paths';
import { scrubIssue, scrubIssues } from './scrub-paths';

/** Longest quote shown: a sentence of a report is rarely longer. */
const QUOTE_LENGTH = 400;

const cut = (text: string) =>
  [...text].length > QUOTE_LENGTH ? `${[...text].slice(0, QUOTE_LENGTH).join('')}…` : text;

/**
 * The sentence a finding is about, quoted from the draft as audit read it: "đoạn 59, câu 1" is
 * the first sentence of the 59th paragraph; without a sentence, the paragraph.
 */
export function quoteOf(draft: Draft, issue: Issue): string | undefined {
  const loc = issue.location;
  if (!loc) return undefined;
  const blocks: readonly TextBlock[] | undefined =
    loc.paragraph !== undefined
      ? draft.paragraphs
      : loc.footnote !== undefined
        ? draft.footnotes
        : undefined;
  const number = loc.paragraph ?? loc.footnote;
  const block = blocks?.find((b) => b.number === number);
  if (!block) return undefined;
  if (loc.sentence === undefined) return cut(block.text);
  const from = block.sentences[loc.sentence - 1];
  if (from === undefined) return undefined;
  const to = block.sentences[loc.sentence] ?? block.text.length;
  return cut(block.text.slice(from, to).trim());
}

/**
 * `tthc audit` on an uploaded draft, with the chosen dataset when there is one: every finding
 * with its sentence quoted, the dataset's errors when it could not be compared.
 */
export async function runAudit(
  ctx: WebContext,
  job: Job,
  draftPath: string,
  dataJob?: Job,
): Promise<void> {
  const { shown } = jobPaths(ctx.jobs, job);
  const data = dataJob?.data ? jobPaths(ctx.jobs, dataJob) : null;
  const dataPath = data && dataJob?.data ? join(data.dir, dataJob.data.path) : undefined;
  const r = await auditFile(draftPath, dataPath);
  const dataShown = data ? data.shown : [];
  const findings: AuditFinding[] = r.findings.map((issue) => {
    const quote = r.draft ? quoteOf(r.draft, issue) : undefined;
    return { issue: scrubIssue(issue, shown), ...(quote ? { quote } : {}) };
  });
  job.audit = {
    audited: r.audited,
    findings,
    dataIssues: scrubIssues(r.dataIssues, [...dataShown, ...shown]),
    registryIssues: [...r.registryIssues],
  };
  job.state = 'done';
  ctx.jobs.save(job);
}
