/**
 * Uploads as jobs: `POST /api/documents` with `Prefer: respond-async` answers 202 with a job id
 * at once, and `GET /api/jobs/:id/events` streams each document's outcome and then the summary
 * as server-sent events, to late and reconnecting readers too. Real Kùzu store, real HTTP.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { JobEvent, JobStatus } from '../server/jobs.ts';
import { startApi, type RunningApi } from './api-harness.ts';

// Our own sentences, written for this test.
const GOOD = {
  uri: 'test://jobs/good.txt',
  content: 'According to ESET, the Sandworm group targeted the power grid in Kyiv in December 2016.',
};
const EMPTY = { uri: 'test://jobs/empty.txt', content: '' };
const OTHER = {
  uri: 'test://jobs/other.txt',
  content: 'Selon Kaspersky, le groupe Turla a visé des ambassades à Berlin en 2019.',
};

let api: RunningApi;
let base: string;

before(async () => {
  api = await startApi('jobs');
  base = api.base;
});

after(() => api.stop());

interface ServerSentEvent {
  id: string;
  event: string;
  data: JobEvent;
}

/** Reads a whole event stream (the server ends it when the job is over). */
async function events(jobId: string, headers: Record<string, string> = {}): Promise<ServerSentEvent[]> {
  const response = await fetch(`${base}/api/jobs/${jobId}/events`, { headers });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
  const text = await response.text();
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '' && !block.startsWith(':'))
    .map((block) => {
      const fields = new Map(
        block
          .split('\n')
          .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
      );
      return {
        id: fields.get('id') ?? '',
        event: fields.get('event') ?? '',
        data: JSON.parse(fields.get('data') ?? 'null') as JobEvent,
      };
    });
}

async function upload(documents: unknown[]): Promise<{ jobId: string; events: string }> {
  const response = await fetch(`${base}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', prefer: 'respond-async' },
    body: JSON.stringify({ documents }),
  });
  assert.equal(response.status, 202);
  const body = (await response.json()) as { jobId: string; events: string };
  assert.equal(response.headers.get('location'), `/api/jobs/${body.jobId}`);
  return body;
}

describe('ingest jobs', () => {
  test('an async upload streams each document and then the summary as server-sent events', async () => {
    const job = await upload([GOOD, EMPTY]);
    assert.match(job.jobId, /^[0-9a-f-]{36}$/);
    assert.equal(job.events, `/api/jobs/${job.jobId}/events`);
    const stream = await events(job.jobId);
    assert.deepEqual(
      stream.map((event) => event.event),
      ['progress', 'progress', 'summary'],
    );
    assert.deepEqual(
      stream.map((event) => event.id),
      ['0', '1', '2'],
    );
    const [good, empty, summary] = stream.map((event) => event.data);
    assert.ok(good?.type === 'progress' && good.outcome.status === 'ingested' && good.total === 2);
    assert.ok(empty?.type === 'progress' && empty.outcome.status === 'failed');
    assert.ok(empty.outcome.status === 'failed' && empty.outcome.message.includes(EMPTY.uri));
    assert.ok(summary?.type === 'summary' && summary.summary.ingested === 1 && summary.summary.failed === 1);

    const status = (await (await fetch(`${base}/api/jobs/${job.jobId}`)).json()) as { job: JobStatus };
    assert.equal(status.job.state, 'finished');
    assert.equal(status.job.done, 2);
    assert.equal(status.job.total, 2);
  });

  test('a reconnecting reader gets only what it missed', async () => {
    const job = await upload([OTHER, EMPTY]);
    await events(job.jobId);
    const resumed = await events(job.jobId, { 'last-event-id': '0' });
    assert.deepEqual(
      resumed.map((event) => event.id),
      ['1', '2'],
    );
  });

  test('the plain JSON upload still answers with its summary, and names its job', async () => {
    const response = await fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documents: [GOOD] }),
    });
    const body = (await response.json()) as { jobId: string; skipped: number };
    assert.equal(response.status, 200);
    assert.equal(body.skipped, 1, 'GOOD is already stored');
    assert.equal(
      ((await (await fetch(`${base}/api/jobs/${body.jobId}`)).json()) as { job: JobStatus }).job.state,
      'finished',
    );
  });

  test('an unknown job is a 404', async () => {
    const response = await fetch(`${base}/api/jobs/00000000-0000-0000-0000-000000000000/events`);
    assert.equal(response.status, 404);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'not-found');
  });
});
