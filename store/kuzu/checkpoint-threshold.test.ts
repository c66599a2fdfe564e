import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkpointThresholdFor,
  MAX_CHECKPOINT_THRESHOLD_BYTES,
  MIN_CHECKPOINT_THRESHOLD_BYTES,
} from './checkpoint-threshold.ts';

const MB = 1024 * 1024;

test('the checkpoint threshold follows a quarter of the file, in powers of two between its bounds', () => {
  assert.equal(checkpointThresholdFor(0), MIN_CHECKPOINT_THRESHOLD_BYTES, 'no file yet');
  assert.equal(checkpointThresholdFor(200 * MB), MIN_CHECKPOINT_THRESHOLD_BYTES);
  assert.equal(checkpointThresholdFor(300 * MB), 128 * MB);
  assert.equal(checkpointThresholdFor(965 * MB), 256 * MB);
  assert.equal(checkpointThresholdFor(1100 * MB), 512 * MB);
  assert.equal(checkpointThresholdFor(6000 * MB), MAX_CHECKPOINT_THRESHOLD_BYTES);
});

test('the checkpoint threshold never shrinks as the file grows', () => {
  let previous = 0;
  for (let bytes = 0; bytes <= 8192 * MB; bytes += 37 * MB) {
    const threshold = checkpointThresholdFor(bytes);
    assert.ok(threshold >= previous, `${bytes} bytes`);
    previous = threshold;
  }
});
