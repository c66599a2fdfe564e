import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { attestationCost, findPath } from './paths.ts';
import { edge } from './test-data.ts';

describe('paths', () => {
  // a-b-d is short but thinly sourced; a-c-e-d is longer and well sourced.
  const edges = [
    edge('ab', 'a', 'b', { documents: ['d1'], confidence: 0.5 }),
    edge('bd', 'b', 'd', { documents: ['d1'], modality: 'suspected', confidence: 0.5 }),
    edge('ac', 'a', 'c', { documents: ['d1', 'd2', 'd3'], confidence: 0.95 }),
    edge('ce', 'e', 'c', { documents: ['d1', 'd2', 'd3'], confidence: 0.95 }),
    edge('ed', 'e', 'd', { documents: ['d2', 'd3', 'd4'], confidence: 0.95 }),
  ];
  const ids = (hops: ReturnType<typeof findPath>) => hops?.map((hop) => hop.edge.id);

  test('shortest takes the fewest hops; best attested takes the well-sourced way round', () => {
    assert.deepEqual(ids(findPath(edges, 'a', 'd', 'shortest')), ['ab', 'bd']);
    assert.deepEqual(ids(findPath(edges, 'a', 'd', 'attested')), ['ac', 'ce', 'ed']);
  });

  test('hops follow relations in either direction and say which way they are walked', () => {
    const hops = findPath(edges, 'a', 'd', 'attested');
    assert.deepEqual(
      hops?.map((hop) => [hop.from, hop.to]),
      [
        ['a', 'c'],
        ['c', 'e'],
        ['e', 'd'],
      ],
    );
  });

  test('among equally short paths, the better attested wins', () => {
    const twoWays = [
      edge('weak1', 'x', 'm', { documents: ['d1'] }),
      edge('weak2', 'm', 'y', { documents: ['d1'] }),
      edge('strong1', 'x', 'n', { documents: ['d1', 'd2'] }),
      edge('strong2', 'n', 'y', { documents: ['d1', 'd2'] }),
    ];
    assert.deepEqual(ids(findPath(twoWays, 'x', 'y', 'shortest')), ['strong1', 'strong2']);
  });

  test('a denial is never a step; unconnected ends have no path', () => {
    const denied = [edge('no', 'a', 'b', { modality: 'denied' })];
    assert.equal(findPath(denied, 'a', 'b', 'shortest'), undefined);
    assert.equal(findPath(edges, 'a', 'zzz', 'attested'), undefined);
    const [weak, , strong] = edges;
    assert.ok(weak && strong && attestationCost(strong) < attestationCost(weak));
  });
});
