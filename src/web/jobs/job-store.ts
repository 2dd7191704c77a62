import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { isJobId, newJobId } from './job-id';
import type { Job, JobKind } from './job';

const MANIFEST = 'job.json';

/** The folders of a job, under its own folder: what was uploaded, what was made, previews. */
export const JOB_FOLDERS = { input: 'input', output: 'output', preview: 'preview' } as const;

/** States in which a job's folder is being written by a build: it is neither removed nor swept. */
const BUSY = new Set<Job['state']>(['queued', 'building']);

/**
 * The jobs of the app, each in its own folder `<data-dir>/jobs/<id>/` with its manifest
 * `job.json`. Kept in memory and on disk: a server started again on the same data folder finds
 * the jobs of the sessions that made them. A job is found only by its id together with its
 * owner, so one session never sees another's.
 */
export class JobStore {
  private readonly jobs = new Map<string, Job>();
  readonly root: string;

  constructor(
    dataDir: string,
    private readonly now: () => number = Date.now,
  ) {
    this.root = join(dataDir, 'jobs');
    mkdirSync(this.root, { recursive: true, mode: 0o700 });
    this.load();
  }

  /** Reads the manifests left by an earlier run; a build it did not finish is cancelled. */
  private load(): void {
    for (const name of readdirSync(this.root)) {
      if (!isJobId(name)) continue;
      let job: Job | null;
      try {
        job = JSON.parse(readFileSync(join(this.root, name, MANIFEST), 'utf8')) as Job;
      } catch {
        job = null;
      }
      // A folder without its manifest was being made when the server stopped.
      if (!job || job.id !== name) {
        rmSync(join(this.root, name), { recursive: true, force: true });
        continue;
      }
      if (BUSY.has(job.state)) {
        job.state = 'cancelled';
        if (job.build) job.build.endedAt = this.now();
        this.save(job);
      }
      this.jobs.set(job.id, job);
    }
  }

  /** A new job with its empty folders. */
  create(kind: JobKind, owner: string, title: string): Job {
    const id = newJobId();
    const dir = this.dir(id);
    mkdirSync(join(dir, JOB_FOLDERS.input), { recursive: true, mode: 0o700 });
    mkdirSync(join(dir, JOB_FOLDERS.output), { recursive: true });
    const job: Job = {
      id,
      owner,
      kind,
      createdAt: this.now(),
      title,
      state: 'done',
      inputs: [],
      issues: [],
    };
    this.jobs.set(id, job);
    this.save(job);
    return job;
  }

  /** The folder of a job; `id` must be one the store made. */
  dir(id: string): string {
    if (!isJobId(id)) throw new Error('not a job id');
    return join(this.root, id);
  }

  /** The job of this id made by this owner, else undefined (whoever else's it may be). */
  get(id: unknown, owner: string): Job | undefined {
    if (!isJobId(id)) return undefined;
    const job = this.jobs.get(id);
    return job && job.owner === owner ? job : undefined;
  }

  /** The jobs of one owner, newest first. */
  list(owner: string): Job[] {
    return [...this.jobs.values()]
      .filter((j) => j.owner === owner)
      .sort((a, b) => b.createdAt - a.createdAt);
  }

  /** Every job, for the sweep and the shutdown. */
  all(): Job[] {
    return [...this.jobs.values()];
  }

  /** Writes the manifest in one step (a temporary file renamed over it). */
  save(job: Job): void {
    const dir = this.dir(job.id);
    if (!existsSync(dir)) return;
    const tmp = join(dir, `.${MANIFEST}.tmp`);
    writeFileSync(tmp, JSON.stringify(job));
    renameSync(tmp, join(dir, MANIFEST));
  }

  /** Removes a job and its folder; false while a build is writing into it. */
  remove(job: Job): boolean {
    if (BUSY.has(job.state)) return false;
    this.jobs.delete(job.id);
    rmSync(this.dir(job.id), { recursive: true, force: true });
    return true;
  }

  /** Removes the jobs older than `maxAgeMs` (not those being built); returns how many. */
  sweep(maxAgeMs: number): number {
    const limit = this.now() - maxAgeMs;
    let removed = 0;
    for (const job of this.all()) if (job.createdAt <= limit && this.remove(job)) removed++;
    return removed;
  }
}
