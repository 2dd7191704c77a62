/** Thrown to the tasks still waiting when the queue is stopped (the server is shutting down). */
export class QueueStopped extends Error {
  constructor() {
    super('the queue was stopped');
  }
}

interface Waiting {
  readonly key: string;
  readonly start: () => void;
  readonly cancel: () => void;
}

/**
 * At most `running` tasks at once and at most `waiting` more in line; a task beyond that is
 * not taken (`submit` returns null) so that the server can answer "busy" at once instead of
 * piling up work it cannot do. Used for builds (LibreOffice, the read-back) and for checks of
 * uploads.
 */
export class WorkQueue {
  private active = new Set<string>();
  private readonly line: Waiting[] = [];
  private stopped = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    readonly running: number,
    readonly waiting: number,
  ) {}

  /**
   * Runs `task` when a place is free; null when the line is full or the queue is stopped. The
   * promise rejects with QueueStopped if the queue stops before the task started.
   */
  submit<T>(key: string, task: () => Promise<T>): Promise<T> | null {
    if (this.stopped) return null;
    if (this.active.size >= this.running && this.line.length >= this.waiting) return null;
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.active.add(key);
        task()
          .then(resolve, reject)
          .finally(() => {
            this.active.delete(key);
            this.next();
          });
      };
      if (this.active.size < this.running) start();
      else this.line.push({ key, start, cancel: () => reject(new QueueStopped()) });
    });
  }

  private next(): void {
    while (!this.stopped && this.active.size < this.running && this.line.length > 0)
      this.line.shift()!.start();
    if (this.active.size === 0) for (const done of this.idleWaiters.splice(0)) done();
  }

  /** 0 while the task runs, n when n − 1 tasks are before it in line, -1 when unknown. */
  position(key: string): number {
    if (this.active.has(key)) return 0;
    const at = this.line.findIndex((w) => w.key === key);
    return at < 0 ? -1 : at + 1;
  }

  get counts(): { running: number; waiting: number } {
    return { running: this.active.size, waiting: this.line.length };
  }

  /** Takes no more tasks and cancels those waiting; the running ones go on. */
  stop(): void {
    this.stopped = true;
    for (const w of this.line.splice(0)) w.cancel();
    if (this.active.size === 0) for (const done of this.idleWaiters.splice(0)) done();
  }

  /** Resolves when no task runs. */
  idle(): Promise<void> {
    if (this.active.size === 0) return Promise.resolve();
    return new Promise((done) => this.idleWaiters.push(done));
  }
}
