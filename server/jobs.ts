/**
 * Ingest runs as jobs: an upload gets an id at once, its per-document progress and errors are
 * kept in order and sent to anyone following `GET /api/jobs/:id/events` (server-sent events),
 * late followers included (they get what they missed first). Finished jobs are kept for a while
 * so a client that reconnects can still read how its upload ended.
 */
import { randomUUID } from 'node:crypto';
import type { IngestProgress, IngestSummary } from './ingest-service.ts';

/** One event of a job, as the NDJSON stream and the event stream send it. */
export type JobEvent =
  | ({ type: 'progress' } & IngestProgress)
  | { type: 'summary'; summary: IngestSummary }
  | { type: 'error'; error: { code: string; message: string } };

export interface JobStatus {
  id: string;
  state: 'running' | 'finished' | 'failed';
  createdAt: string;
  /** Documents handled so far, and how many there are. */
  done: number;
  total: number;
  summary?: IngestSummary;
}

type Listener = (event: JobEvent, index: number) => void;

interface Follower {
  listener: Listener;
  onEnd: () => void;
}

interface Job {
  status: JobStatus;
  events: JobEvent[];
  followers: Set<Follower>;
}

/** Finished jobs kept for late readers; the oldest go first. */
const FINISHED_JOBS_KEPT = 200;

export class JobRegistry {
  private readonly jobs = new Map<string, Job>();

  /**
   * Starts `run` as a new job of `total` documents; `run` reports through the callback it is
   * given. Returns the job's id at once.
   */
  start(total: number, run: (emit: (event: JobEvent) => void) => Promise<unknown>): string {
    const id = randomUUID();
    const job: Job = {
      status: { id, state: 'running', createdAt: new Date().toISOString(), done: 0, total },
      events: [],
      followers: new Set(),
    };
    this.jobs.set(id, job);
    const emit = (event: JobEvent) => {
      if (event.type === 'progress') job.status.done = event.done;
      if (event.type === 'summary') job.status.summary = event.summary;
      if (event.type === 'error') job.status.state = 'failed';
      job.events.push(event);
      for (const follower of job.followers) follower.listener(event, job.events.length - 1);
    };
    const end = () => {
      if (job.status.state === 'running') job.status.state = 'finished';
      for (const follower of job.followers) follower.onEnd();
      job.followers.clear();
      this.forgetOldJobs();
    };
    run(emit).then(end, (error: unknown) => {
      emit({
        type: 'error',
        error: {
          code: 'internal',
          message: `ingest stopped: ${error instanceof Error ? error.message : String(error)}`,
        },
      });
      end();
    });
    return id;
  }

  status(id: string): JobStatus | undefined {
    return this.jobs.get(id)?.status;
  }

  /**
   * Sends the job's events after `afterIndex` (-1: all), then the new ones as they come;
   * `onEnd` once it is over. Returns how to stop following, or undefined for an unknown job.
   */
  follow(id: string, afterIndex: number, listener: Listener, onEnd: () => void): (() => void) | undefined {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    job.events.forEach((event, index) => {
      if (index > afterIndex) listener(event, index);
    });
    if (job.status.state !== 'running') {
      onEnd();
      return () => undefined;
    }
    const follower: Follower = { listener, onEnd };
    job.followers.add(follower);
    return () => job.followers.delete(follower);
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((job) => job.status.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - FINISHED_JOBS_KEPT))) {
      this.jobs.delete(job.status.id);
    }
  }
}
