/**
 * WorkQueue runs asynchronous jobs with bounded concurrency; jobs may add more jobs. idle()
 * resolves once every job added so far (and every job they added) has finished.
 */
export class WorkQueue {
  private readonly pending: Array<() => Promise<void>> = [];
  private running = 0;
  private waiters: Array<() => void> = [];

  constructor(private readonly concurrency: number) {}

  /** add schedules job; a job's rejection is swallowed (jobs record their own failures). */
  add(job: () => Promise<void>): void {
    this.pending.push(job);
    this.pump();
  }

  /** idle resolves when no job is pending or running. */
  idle(): Promise<void> {
    if (this.running === 0 && this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private pump(): void {
    while (this.running < this.concurrency && this.pending.length > 0) {
      const job = this.pending.shift() as () => Promise<void>;
      this.running++;
      void job()
        .catch(() => undefined)
        .finally(() => {
          this.running--;
          this.pump();
          if (this.running === 0 && this.pending.length === 0) this.wake();
        });
    }
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
