import { join } from 'node:path';
import type { JobStore } from './job-store';
import { JOB_FOLDERS } from './job-store';
import type { Job } from './job';

/** The folders of a job, and the prefixes taken out of what its pages show. */
export function jobPaths(store: JobStore, job: Job) {
  const dir = store.dir(job.id);
  const input = join(dir, JOB_FOLDERS.input);
  const output = join(dir, JOB_FOLDERS.output);
  const preview = join(dir, JOB_FOLDERS.preview);
  // Longest first: the dataset's own folder (a zip unpacked) before the input folder.
  const shown = [...(job.data ? [join(dir, job.data.folder)] : []), input, output, dir];
  return { dir, input, output, preview, shown };
}
