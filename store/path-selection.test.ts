import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { selectPaths } from './path-selection.ts';

const edge = (id: string, source: string, target: string) => ({ id, source, target });

// a - {b1, b2, b3} - {c1, c2} - z: six shortest paths of three hops; b1 and c1 are joined twice.
const diamond = [
  edge('ab1', 'a', 'b1'),
  edge('ab2', 'b2', 'a'),
  edge('ab3', 'a', 'b3'),
  ...['b1', 'b2', 'b3'].flatMap((b) => [edge(`${b}c1`, b, 'c1'), edge(`${b}c2`, 'c2', b)]),
  edge('b1c1again', 'c1', 'b1'),
  edge('c1z', 'c1', 'z'),
  edge('c2z', 'z', 'c2'),
];

describe('shortest paths kept in an answer', () => {
  test('all of them when they are few, whatever the direction of each edge', () => {
    const all = selectPaths('a', 'z', diamond, 10);
    assert.deepEqual([all.found, all.returned], [6, 6]);
    assert.deepEqual(all.edgeIds.sort(), diamond.map((e) => e.id).sort());
  });

  test('the first ones by the ids along them, each whole with every edge between its steps', () => {
    const two = selectPaths('a', 'z', diamond, 2);
    assert.deepEqual([two.found, two.returned], [6, 2]);
    // a-b1-c1-z and a-b1-c2-z.
    assert.deepEqual(two.edgeIds.sort(), ['ab1', 'b1c1', 'b1c1again', 'b1c2', 'c1z', 'c2z']);
  });

  test('none between an entity and itself, or when the edges do not reach the end', () => {
    assert.deepEqual(selectPaths('a', 'a', diamond, 10), { edgeIds: [], found: 0, returned: 0 });
    assert.deepEqual(selectPaths('a', 'elsewhere', diamond, 10), { edgeIds: [], found: 0, returned: 0 });
  });
});
