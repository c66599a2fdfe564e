/**
 * The behaviour every GraphStore backend must show, as node:test tests. A backend's test file
 * calls defineStoreSuite with a function opening an empty store; each test gets its own.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  documentId,
  edgeAssertedBy,
  relationId,
  entityId,
  edgeConfidence,
  type DocumentRecord,
  type GraphBatch,
  type RelationRecord,
} from '../graph-schema/model.ts';
import type {
  GraphFragment,
  GraphJson,
  GraphJsonEdge,
  GraphJsonNode,
  GraphJsonPart,
  GraphSummaryFragment,
} from '../graph-schema/graph-json.ts';
import { QueryError, ReadOnlyQueryError, type GraphStore, type PathFragment } from './graph-store.ts';
import { allBatches, arabicBatch, englishBatch, frenchBatch, ids, relationIds } from './fixtures.ts';
import { EVIDENCE_PREVIEW } from './query-limits.ts';
import { wideBatches } from './wide-fixture.ts';

async function withStore(openFresh: () => Promise<GraphStore>, use: (store: GraphStore) => Promise<void>) {
  const store = await openFresh();
  try {
    await use(store);
  } finally {
    await store.close();
  }
}

async function writeAll(store: GraphStore, batches: readonly GraphBatch[]) {
  for (const batch of batches) await store.writeBatch(batch);
}

/** The batch with every entity id renamed, wherever it appears. */
function renameEntities(batch: GraphBatch, rename: (id: string) => string): GraphBatch {
  return {
    documents: batch.documents,
    entities: batch.entities.map((entity) => ({ ...entity, id: rename(entity.id) })),
    mentions: batch.mentions.map((mention) => ({ ...mention, entityId: rename(mention.entityId) })),
    relations: batch.relations.map((relation) => ({
      ...relation,
      source: rename(relation.source),
      target: rename(relation.target),
      evidence: relation.evidence.map((piece) => ({ ...piece, assertedBy: piece.assertedBy.map(rename) })),
    })),
  };
}

/** The batch as if its document came from `uri`. */
function retargetBatch(batch: GraphBatch, uri: string): GraphBatch {
  return { ...batch, documents: batch.documents.map((document) => ({ ...document, uri })) };
}

/** The fixture relation with every batch's evidence, for expectations computed from the input. */
function fixtureEvidence(relationId: string, batches: readonly GraphBatch[] = allBatches) {
  return batches
    .flatMap((batch) => batch.relations)
    .filter((relation: RelationRecord) => relation.id === relationId)
    .flatMap((relation) => relation.evidence);
}

/**
 * Checks every fixture entity's mentionCount, firstSeen and lastSeen against the mentions the
 * batches hold: the date of a mention is its document's publication date, else its ingestion.
 */
async function assertMentionStatistics(store: GraphStore, batches: readonly GraphBatch[]) {
  const mentionKeys = new Map<string, Set<string>>();
  for (const mention of batches.flatMap((batch) => batch.mentions)) {
    const keys = mentionKeys.get(mention.entityId) ?? new Set<string>();
    keys.add([mention.documentId, mention.start, mention.end].join(' '));
    mentionKeys.set(mention.entityId, keys);
  }
  for (const [entityId, keys] of mentionKeys) {
    const dates: string[] = [];
    for (const documentId of new Set([...keys].map((key) => key.split(' ')[0] ?? ''))) {
      const document = await store.getDocument(documentId);
      const date = document?.publishedAt ?? document?.ingestedAt;
      assert.ok(date, `document ${documentId} has a date`);
      dates.push(date);
    }
    dates.sort();
    const { rows } = await store.cypher(
      'MATCH (n) WHERE n.id = $id RETURN n.mentionCount AS count, n.firstSeen AS first, n.lastSeen AS last',
      { params: { id: entityId } },
    );
    assert.deepEqual(rows, [[keys.size, dates[0], dates[dates.length - 1]]], entityId);
  }
}

/** Entities of a test batch, each mentioned once in its document, at its place in the list. */
function namedInDocument(
  document: DocumentRecord,
  named: readonly { id: string; type: GraphBatch['entities'][number]['type']; name: string }[],
): Pick<GraphBatch, 'entities' | 'mentions'> {
  return {
    entities: named.map(({ id, type, name }) => ({
      id,
      type,
      name,
      aliases: [name],
      externalIds: [],
      mergeReasons: [],
    })),
    mentions: named.map(({ id, name }, slot) => ({
      entityId: id,
      documentId: document.id,
      start: slot,
      end: slot + 1,
      surface: name,
    })),
  };
}

/** Twelve short documents, each mentioning six of 45 entities of three types. */
function overlappingBatches(): GraphBatch[] {
  const types = ['Organization', 'Person', 'Location'] as const;
  return Array.from({ length: 12 }, (_, index): GraphBatch => {
    const text = `Report ${index} names six organisations, people and places.`;
    const document: DocumentRecord = {
      id: documentId(text),
      uri: `test:${index}`,
      title: `Report ${index}`,
      lang: 'en',
      text,
    };
    const named = Array.from({ length: 6 }, (_, slot) => {
      const type = types[(index + slot) % types.length] ?? 'Organization';
      const name = `${type} ${(index * 7 + slot * 3) % 15}`;
      return { type, name, id: entityId(type, name) };
    });
    return {
      documents: [document],
      ...namedInDocument(document, named),
      relations: [],
    };
  });
}

/**
 * Ten reports, each naming two of four groups and two of five organisations and linking each
 * group to each organisation it names (targeted, asserted or suspected by turns, sometimes
 * also attributed), so that pairs of entities are joined by one edge or several and reports share
 * entities and edges.
 */
function linkedBatches(): GraphBatch[] {
  const groups = Array.from({ length: 4 }, (_, index) => `Group ${index}`);
  const organisations = Array.from({ length: 5 }, (_, index) => `Office ${index}`);
  return Array.from({ length: 10 }, (_, index): GraphBatch => {
    const named = [
      ...[index, index + 1].map((slot) => ({ type: 'ThreatActor' as const, name: groups[slot % 4] ?? '' })),
      ...[index, index + 2].map((slot) => ({
        type: 'Organization' as const,
        name: organisations[slot % 5] ?? '',
      })),
    ].map((entity) => ({ ...entity, id: entityId(entity.type, entity.name) }));
    const text = `Report ${index}: ${named.map((entity) => entity.name).join(', ')}.`;
    const document: DocumentRecord = {
      id: documentId(text),
      uri: `test:linked-${index}`,
      title: `Report ${index}`,
      lang: 'en',
      text,
    };
    const actors = named.filter((entity) => entity.type === 'ThreatActor');
    const targets = named.filter((entity) => entity.type === 'Organization');
    const evidence = (position: number) => [
      {
        documentId: document.id,
        text,
        start: position,
        end: position + 1,
        lang: 'en' as const,
        confidence: 0.6,
        assertedBy: [],
        extractor: 'rules',
      },
    ];
    const relations: RelationRecord[] = actors.flatMap((actor, a) =>
      targets.flatMap((target, t) => {
        const modality = (index + a + t) % 2 === 0 ? ('asserted' as const) : ('suspected' as const);
        const targeted: RelationRecord = {
          id: relationId('TARGETED', actor.id, target.id, modality),
          type: 'TARGETED',
          source: actor.id,
          target: target.id,
          modality,
          evidence: evidence(a * 2 + t),
        };
        if ((index + a) % 3 !== 0) return [targeted];
        const attributed: RelationRecord = {
          id: relationId('ATTRIBUTED_TO', actor.id, target.id, 'asserted'),
          type: 'ATTRIBUTED_TO',
          source: actor.id,
          target: target.id,
          modality: 'asserted',
          evidence: evidence(4 + a * 2 + t),
        };
        return [targeted, attributed];
      }),
    );
    return {
      documents: [document],
      ...namedInDocument(document, named),
      relations,
    };
  });
}

/**
 * Checks the counts every entity keeps (documents, edges by type, neighbours by type) against
 * a count of the exported graph, and the details' counts that read them.
 */
async function assertEntityCounts(store: GraphStore) {
  const graph = await store.exportGraph();
  const typeOf = new Map(graph.nodes.map((node) => [node.id, node.type]));
  const expected = new Map(
    graph.nodes.map((node) => [
      node.id,
      {
        documents: node.documents.length,
        edges: new Map<string, Set<string>>(),
        neighbors: new Map<string, Set<string>>(),
      },
    ]),
  );
  const add = (counts: Map<string, Set<string>>, key: string, item: string) =>
    counts.set(key, (counts.get(key) ?? new Set()).add(item));
  for (const edge of graph.edges) {
    for (const [end, other] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      const counts = expected.get(end);
      assert.ok(counts, `${end} is a node of the export`);
      add(counts.edges, edge.type, edge.id);
      if (other !== end) add(counts.neighbors, typeOf.get(other) ?? '', other);
    }
  }
  const sizes = (counts: Map<string, Set<string>>) =>
    Object.fromEntries(
      [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, items]) => [key, items.size]),
    );
  for (const [id, counts] of expected) {
    const { rows } = await store.cypher(
      `MATCH (n) WHERE n.id = $id RETURN n.documentCount AS documents, n.relationTypes AS types,
         n.relationCounts AS counts, n.neighborTypes AS neighborTypes, n.neighborCounts AS neighborCounts`,
      { params: { id } },
    );
    const [[documents, types, edges, neighborTypes, neighbors] = []] = rows as unknown[][];
    const listed = (keys: unknown, values: unknown) =>
      Object.fromEntries(
        ((keys ?? []) as string[]).map((key, index) => [key, Number(((values ?? []) as number[])[index])]),
      );
    assert.deepEqual(
      {
        documents: Number(documents),
        edges: listed(types, edges),
        neighbors: listed(neighborTypes, neighbors),
      },
      { documents: counts.documents, edges: sizes(counts.edges), neighbors: sizes(counts.neighbors) },
      id,
    );
    const details = await store.entityDetails(id);
    assert.equal(details?.documentPage.total, counts.documents, id);
    assert.deepEqual(details?.relationPage.relationTypes, sizes(counts.edges), id);
    assert.equal(
      details?.relationPage.neighbors,
      Object.values(sizes(counts.neighbors)).reduce((a, b) => a + b, 0),
      id,
    );
  }
}

/**
 * Seven reports of one group targeting one ministry, some with two sentences saying so: an
 * edge's first pieces span one or two documents, and the documents' ids (content hashes) do not
 * follow the order the reports are written in.
 */
function sharedEdgeBatches(): GraphBatch[] {
  const group = { id: entityId('ThreatActor', 'group k'), type: 'ThreatActor' as const, name: 'Group K' };
  const ministry = {
    id: entityId('Organization', 'ministry l'),
    type: 'Organization' as const,
    name: 'Ministry L',
  };
  return Array.from({ length: 7 }, (_, index): GraphBatch => {
    const sentences = Array.from(
      { length: 1 + (index % 2) },
      (_, piece) => `Report ${index}, sentence ${piece}: Group K targeted Ministry L.`,
    );
    const text = sentences.join(' ');
    const document: DocumentRecord = {
      id: documentId(text),
      uri: `test:shared-${index}`,
      title: `Report ${index}`,
      lang: 'en',
      text,
    };
    let start = 0;
    const evidence = sentences.map((sentence) => {
      const piece = {
        documentId: document.id,
        text: sentence,
        start,
        end: start + sentence.length,
        lang: 'en' as const,
        confidence: 0.5 + index / 20,
        assertedBy: [],
        extractor: 'rules',
      };
      start += sentence.length + 1;
      return piece;
    });
    return {
      documents: [document],
      entities: [group, ministry].map((entity) => ({
        ...entity,
        aliases: [entity.name],
        externalIds: [],
        mergeReasons: [],
      })),
      mentions: [],
      relations: [
        {
          id: relationId('TARGETED', group.id, ministry.id, 'asserted'),
          type: 'TARGETED',
          source: group.id,
          target: ministry.id,
          modality: 'asserted',
          evidence,
        },
      ],
    };
  });
}

/** Undirected distances from `start` over `edges`, breadth first. */
function distancesFrom(start: string, edges: readonly { source: string; target: string }[]) {
  const distance = new Map([[start, 0]]);
  for (let frontier = [start], depth = 1; frontier.length > 0; depth++) {
    const reached = new Set(frontier);
    frontier = [];
    for (const { source, target } of edges) {
      for (const [from, to] of [
        [source, target],
        [target, source],
      ] as const) {
        if (reached.has(from) && !distance.has(to)) {
          distance.set(to, depth);
          frontier.push(to);
        }
      }
    }
  }
  return distance;
}

/**
 * Neighbours and paths of every entity of a wideBatches() store, against what the batches hold:
 * each answer looks records up by lists of ids across every entity table. Returns the export.
 */
export async function assertLookupsAcrossTables(store: GraphStore, batches: readonly GraphBatch[]) {
  const relations = batches.flatMap((batch) => batch.relations);
  const graph = await store.exportGraph();
  assert.equal(graph.edges.length, relations.length);
  for (const node of graph.nodes) {
    const touching = relations.filter((r) => r.source === node.id || r.target === node.id);
    const expectedNodes = new Set([node.id, ...touching.flatMap((r) => [r.source, r.target])]);
    const expectedEdges = relations.filter((r) => expectedNodes.has(r.source) && expectedNodes.has(r.target));
    const fragment = await store.neighbors(node.id, expectedNodes.size);
    assert.deepEqual(
      fragment.nodes.map((n) => n.id),
      [...expectedNodes].sort(),
      `neighbours of ${node.id}`,
    );
    assert.deepEqual(
      fragment.edges.map((edge) => edge.id),
      expectedEdges.map((r) => r.id).sort(),
      `edges among the neighbours of ${node.id}`,
    );
  }
  const [start] = graph.nodes;
  assert.ok(start);
  const distance = distancesFrom(start.id, relations);
  for (const node of graph.nodes.slice(1, 30)) {
    const path: PathFragment = await store.paths(start.id, node.id, 10);
    const expected = distance.get(node.id);
    if (expected === undefined) {
      assert.deepEqual([path.nodes, path.edges], [[], []], `no path to ${node.id}`);
      continue;
    }
    assert.equal(distancesFrom(start.id, path.edges).get(node.id), expected, `path to ${node.id}`);
  }
  return graph;
}

const documentOf = (batch: GraphBatch) => {
  const [document] = batch.documents;
  if (!document) throw new Error('fixture batch without document');
  return document;
};

export function defineStoreSuite(name: string, openFresh: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    test('round trip: documents, merged entities and evidence come back in graph-json order', async () => {
      await withStore(openFresh, async (store) => {
        await writeAll(store, allBatches);
        const graph = await store.exportGraph();
        const sortedIds = (items: { id: string }[]) => [...items.map((item) => item.id)].sort();
        assert.deepEqual(
          graph.documents.map((document) => document.id),
          sortedIds(allBatches.map(documentOf)),
        );
        assert.deepEqual(
          graph.nodes.map((node) => node.id),
          [...new Set(allBatches.flatMap((batch) => batch.entities.map((entity) => entity.id)))].sort(),
        );
        assert.deepEqual(
          graph.edges.map((edge) => edge.id),
          Object.values(relationIds).sort(),
        );

        const actor = graph.nodes.find((node) => node.id === ids.apt28);
        assert.ok(actor);
        assert.equal(actor.type, 'ThreatActor');
        assert.equal(actor.name, 'APT 28', 'Latin script and the longer form win the display name');
        assert.deepEqual(actor.aliases, ['APT 28', 'APT28', 'فانسي بير']);
        assert.deepEqual(actor.documents, allBatches.map((batch) => documentOf(batch).id).sort());

        const targeted = graph.edges.find((edge) => edge.id === relationIds.targeted);
        assert.ok(targeted);
        const evidence = fixtureEvidence(relationIds.targeted);
        assert.equal(targeted.evidence.length, 3);
        assert.deepEqual(
          targeted.evidence.map((piece) => piece.documentId),
          evidence.map((piece) => piece.documentId).sort(),
        );
        assert.equal(targeted.confidence, edgeConfidence(evidence));
        assert.deepEqual(targeted.assertedBy, edgeAssertedBy(evidence));
        assert.deepEqual(Object.keys(targeted.evidence[0] ?? {}).sort(), [
          'documentId',
          'end',
          'extractor',
          'lang',
          'start',
          'text',
        ]);
        assert.deepEqual(
          targeted.evidence.map((piece) => piece.extractor),
          evidence.map((piece) => piece.extractor),
        );

        const document = documentOf(arabicBatch);
        const stored = await store.getDocument(document.id);
        assert.equal(stored?.text, document.text);
        assert.equal(stored?.title, document.title);
        assert.equal(await store.hasDocument(document.id), true);
        assert.equal(await store.hasDocument('doc_missing'), false);
        assert.equal(await store.getDocument('doc_missing'), undefined);
        assert.deepEqual(
          (await store.listDocuments()).map((summary) => summary.id),
          graph.documents.map((summary) => summary.id),
        );
        const english = (await store.listDocuments()).find(
          (summary) => summary.id === documentOf(englishBatch).id,
        );
        assert.equal(english?.publishedAt, documentOf(englishBatch).publishedAt);
      });
    });

    test('a document keeps the author and encoding it was read with; others export without them', async () => {
      await withStore(openFresh, async (store) => {
        const french = documentOf(frenchBatch);
        const described = {
          ...frenchBatch,
          documents: [{ ...french, author: 'Claire Vidal', encoding: 'windows-1252' }],
        };
        await writeAll(store, [englishBatch, described]);
        const listed = (await store.listDocuments()).find((summary) => summary.id === french.id);
        assert.equal(listed?.author, 'Claire Vidal');
        assert.equal(listed?.encoding, 'windows-1252');
        const stored = await store.getDocument(french.id);
        assert.equal(stored?.author, 'Claire Vidal');
        assert.equal(stored?.encoding, 'windows-1252');
        const exported = (await store.exportGraph()).documents;
        assert.deepEqual(
          exported.map((document) => [document.id, document.author, document.encoding]),
          [documentOf(englishBatch), french]
            .map((document) => document.id)
            .sort()
            .map((id) =>
              id === french.id ? [id, 'Claire Vidal', 'windows-1252'] : [id, undefined, undefined],
            ),
        );
        const english = exported.find((document) => document.id === documentOf(englishBatch).id);
        assert.ok(english && !('author' in english) && !('encoding' in english));
        // Written again without them (a file whose metadata no longer names an author), they go.
        await store.writeBatch(frenchBatch);
        const rewritten = await store.getDocument(french.id);
        assert.equal(rewritten?.author, undefined);
        assert.equal(rewritten?.encoding, undefined);
      });
    });

    test('idempotency: writing every batch twice leaves a byte-identical export', async () => {
      await withStore(openFresh, async (store) => {
        const repeated = { ...englishBatch, mentions: [...englishBatch.mentions, ...englishBatch.mentions] };
        await writeAll(store, [repeated, ...allBatches]);
        assert.equal(
          (await store.stats()).mentions,
          allBatches.reduce((total, batch) => total + batch.mentions.length, 0),
          'a mention listed twice is stored once',
        );
        const once = JSON.stringify(await store.exportGraph());
        const statsOnce = await store.stats();
        await writeAll(store, allBatches);
        assert.equal(JSON.stringify(await store.exportGraph()), once);
        assert.deepEqual(await store.stats(), statsOnce);
      });
    });

    test('the export in parts is the whole export, in order, a page at a time', async () => {
      await withStore(openFresh, async (store) => {
        await writeAll(store, allBatches);
        const parts: GraphJsonPart[] = [];
        await store.exportGraphParts(async (part) => void parts.push(part), 2);
        const listOf = (part: GraphJsonPart) =>
          'documents' in part ? 'documents' : 'nodes' in part ? 'nodes' : 'edges';
        assert.deepEqual(
          [...new Set(parts.map(listOf))],
          ['documents', 'nodes', 'edges'],
          'documents, then nodes, then edges',
        );
        const joined: GraphJson = { documents: [], nodes: [], edges: [] };
        for (const part of parts) {
          if ('documents' in part) joined.documents.push(...part.documents);
          else if ('nodes' in part) joined.nodes.push(...part.nodes);
          else joined.edges.push(...part.edges);
        }
        assert.ok(joined.nodes.length > 2 && joined.edges.length > 2, 'several pages of each');
        for (const part of parts)
          if (!('documents' in part)) assert.ok(('nodes' in part ? part.nodes : part.edges).length <= 2);
        assert.deepEqual(joined, await store.exportGraph());
        await assert.rejects(
          store.exportGraphParts(async () => undefined, 0),
          RangeError,
        );
      });
    });

    test('order independence: the same batches in another order give the same export', async () => {
      let forward = '';
      await withStore(openFresh, async (store) => {
        await writeAll(store, [englishBatch, frenchBatch, arabicBatch]);
        forward = JSON.stringify(await store.exportGraph());
      });
      await withStore(openFresh, async (store) => {
        await writeAll(store, [arabicBatch, frenchBatch, englishBatch]);
        assert.equal(JSON.stringify(await store.exportGraph()), forward);
        const details = await store.entityDetails(ids.apt28);
        assert.deepEqual(details?.entity.externalIds, ['mitre-attack:G0007']);
        assert.equal(details?.entity.mergeReasons.length, 1);
      });
    });

    test('deleting a document retracts its evidence, emptied edges and unmentioned entities', async () => {
      await withStore(openFresh, async (store) => {
        await writeAll(store, allBatches);
        assert.equal(await store.deleteDocument(documentOf(englishBatch).id), true);
        let graph = await store.exportGraph();
        const remaining = fixtureEvidence(relationIds.targeted, [frenchBatch, arabicBatch]);
        const targeted = graph.edges.find((edge) => edge.id === relationIds.targeted);
        assert.ok(targeted, 'an edge with evidence from other documents stays');
        assert.deepEqual(
          targeted.evidence.map((piece) => piece.documentId),
          remaining.map((piece) => piece.documentId).sort(),
        );
        assert.equal(targeted.confidence, edgeConfidence(remaining));
        assert.deepEqual(targeted.assertedBy, edgeAssertedBy(remaining));
        assert.equal(
          graph.edges.some((edge) => edge.id === relationIds.impersonates),
          false,
        );
        assert.equal(
          graph.nodes.some((node) => node.id === ids.domain),
          false,
          'the domain had no other mention',
        );
        assert.equal(await store.hasDocument(documentOf(englishBatch).id), false);
        const party = graph.nodes.find((node) => node.id === ids.northwind);
        assert.deepEqual(party?.documents, [documentOf(frenchBatch).id, documentOf(arabicBatch).id].sort());

        assert.equal(await store.deleteDocument(documentOf(frenchBatch).id), true);
        graph = await store.exportGraph();
        assert.equal(
          graph.edges.some((edge) => edge.id === relationIds.locatedIn),
          false,
        );
        assert.equal(
          graph.nodes.some((node) => node.id === ids.moscow),
          false,
        );
        assert.deepEqual(
          graph.edges
            .find((edge) => edge.id === relationIds.targeted)
            ?.evidence.map((piece) => piece.documentId),
          [documentOf(arabicBatch).id],
        );
        assert.equal((await store.entityDetails(ids.apt28))?.entity.mentionCount, 1);
        assert.equal(await store.deleteDocument(documentOf(frenchBatch).id), false);
        assert.deepEqual(
          (await store.search('Moscou')).map((hit) => hit.id),
          [],
          'search forgets deleted entities',
        );
      });
    });

    test('removing, emptying or replacing a document leaves the store it would be without it', async () => {
      const exportOf = async (write: (store: GraphStore) => Promise<void>) => {
        let json = '';
        await withStore(openFresh, async (store) => {
          await write(store);
          json = JSON.stringify(await store.exportGraph());
        });
        return json;
      };
      // The English and Arabic reports share every entity with the others, and bring names,
      // aliases and merge reasons of their own.
      for (const removed of [englishBatch, arabicBatch]) {
        const others = allBatches.filter((batch) => batch !== removed);
        const document = documentOf(removed);
        const withoutIt = await exportOf((store) => writeAll(store, others));
        const removedAfter = await exportOf(async (store) => {
          await writeAll(store, allBatches);
          assert.equal(await store.deleteDocument(document.id), true);
        });
        assert.equal(removedAfter, withoutIt, `add all, remove ${document.uri}`);
        const emptied = await exportOf(async (store) => {
          await writeAll(store, allBatches);
          await store.writeBatch({
            documents: [{ ...document, id: 'doc_emptied', text: '' }],
            entities: [],
            mentions: [],
            relations: [],
          });
        });
        assert.equal(emptied, withoutIt, `add all, then ${document.uri} emptied`);
      }

      // The English source changed: its new version says what the French report says.
      const english = documentOf(englishBatch);
      const changed = retargetBatch(frenchBatch, english.uri);
      const expected = await exportOf((store) => writeAll(store, [arabicBatch, changed]));
      const replaced = await exportOf(async (store) => {
        await writeAll(store, [englishBatch, arabicBatch]);
        await store.writeBatch(changed);
      });
      assert.equal(replaced, expected, 'a changed source replaces its earlier version');
    });

    test('the versions a write replaces are those at its uris after every earlier write, failed or moved', async () => {
      const exportOf = async (write: (store: GraphStore) => Promise<void>) => {
        let json = '';
        await withStore(openFresh, async (store) => {
          await write(store);
          json = JSON.stringify(await store.exportGraph());
        });
        return json;
      };
      const english = documentOf(englishBatch);
      const changed = retargetBatch(frenchBatch, english.uri);
      const moved = retargetBatch(englishBatch, 'test:moved');
      const [mention] = changed.mentions;
      assert.ok(mention);
      // Cites a document the store does not hold: refused after the version before was retracted.
      const refused = {
        ...changed,
        mentions: [...changed.mentions, { ...mention, documentId: 'doc_absent' }],
      };

      const afterRefusal = await exportOf(async (store) => {
        await writeAll(store, [englishBatch, arabicBatch]);
        await assert.rejects(store.writeBatch(refused));
        await store.writeBatch(changed);
      });
      assert.equal(
        afterRefusal,
        await exportOf((store) => writeAll(store, [arabicBatch, changed])),
        'a refused write leaves the version it would have replaced, and the next write replaces it',
      );

      const afterMove = await exportOf(async (store) => {
        await writeAll(store, [englishBatch, arabicBatch]);
        await store.writeBatch(moved);
        await store.writeBatch(changed);
      });
      assert.equal(
        afterMove,
        await exportOf((store) => writeAll(store, [moved, arabicBatch, changed])),
        'a text written again from another uri is no longer at its first uri, so nothing there is replaced',
      );
    });

    test('search folds case, accents, spacing and Arabic variants and ranks exact names first', async () => {
      await withStore(openFresh, async (store) => {
        await writeAll(store, allBatches);
        for (const query of ['APT28', 'APT 28', 'apt-28', 'Apt 28']) {
          assert.equal((await store.search(query))[0]?.id, ids.apt28, query);
        }
        for (const query of ['فانسي بير', 'فانسى بير', 'فَانْسِي بِيـــر']) {
          assert.equal((await store.search(query))[0]?.id, ids.apt28, query);
        }
        assert.equal((await store.search('MOSCOU'))[0]?.id, ids.moscow);
        const exactName = (await store.search('Kestrel Labs'))[0];
        const exactAlias = (await store.search('كيسترل لابز'))[0];
        const prefix = (await store.search('Kestrel'))[0];
        const substring = (await store.search('trel lab'))[0];
        for (const hit of [exactName, exactAlias, prefix, substring]) assert.equal(hit?.id, ids.kestrel);
        assert.ok(exactName && exactAlias && prefix && substring);
        assert.ok(exactName.score > exactAlias.score, 'exact name > exact alias');
        assert.ok(exactAlias.score > prefix.score, 'exact alias > prefix');
        assert.ok(prefix.score > substring.score, 'prefix > substring');

        const northwind = await store.search('northwind');
        assert.deepEqual(northwind.map((hit) => hit.id).sort(), [ids.northwind, ids.domain].sort());
        assert.deepEqual(
          (await store.search('northwind', { types: ['Domain'] })).map((hit) => hit.id),
          [ids.domain],
        );
        assert.equal((await store.search('northwind', { limit: 1 })).length, 1);
        assert.deepEqual(await store.search('zzzz'), []);
        assert.deepEqual(await store.search('  '), []);
      });
    });

    test('entityDetails lists relations, claims and documents', async () => {
      await withStore(openFresh, async (store) => {
        await writeAll(store, allBatches);
        const details = await store.entityDetails(ids.kestrel);
        assert.ok(details);
        assert.equal(details.entity.name, 'Kestrel Labs');
        assert.equal(details.entity.mentionCount, 3);
        assert.deepEqual(details.entity.documents, allBatches.map((batch) => documentOf(batch).id).sort());
        assert.deepEqual(
          details.relations.map((edge) => edge.id),
          [relationIds.worksFor],
        );
        assert.deepEqual(
          details.claims.map((edge) => edge.id),
          [relationIds.targeted],
          'the attribution Kestrel Labs makes is navigable from it',
        );
        assert.deepEqual(
          details.documents.map((document) => document.id),
          details.entity.documents,
        );
        assert.equal(await store.entityDetails('ta_missing'), undefined);
      });
    });

    test('neighbors returns the entity, its best-attested neighbours and the edges among them', async () => {
      await withStore(openFresh, async (store) => {
        await writeAll(store, allBatches);
        const fragment = await store.neighbors(ids.apt28);
        assert.deepEqual(
          fragment.nodes.map((node) => node.id),
          [ids.apt28, ids.moscow, ids.northwind].sort(),
        );
        assert.deepEqual(
          fragment.edges.map((edge) => edge.id),
          [relationIds.targeted, relationIds.locatedIn].sort(),
        );
        const capped = await store.neighbors(ids.apt28, 1);
        assert.deepEqual(
          capped.nodes.map((node) => node.id),
          [ids.apt28, ids.northwind].sort(),
          'three documents support the party, one Moscow',
        );
        const missing = await store.neighbors('ta_missing');
        assert.deepEqual([missing.nodes, missing.edges, missing.summary.total], [[], [], 0]);
      });
    });

    test('neighbors come in pages with a summary of the whole neighbourhood', async () => {
      await withStore(openFresh, async (store) => {
        await writeAll(store, allBatches);
        const first = await store.neighbors(ids.apt28, { limit: 1 });
        assert.deepEqual(first.summary, {
          total: 2,
          offset: 0,
          returned: 1,
          more: 1,
          relationTypes: { TARGETED: 1, LOCATED_IN: 1 },
          entityTypes: { Organization: 1, Location: 1 },
        });
        const second = await store.neighbors(ids.apt28, { limit: 1, offset: 1 });
        assert.deepEqual(
          second.nodes.map((node) => node.id),
          [ids.apt28, ids.moscow].sort(),
        );
        assert.deepEqual([second.summary.returned, second.summary.more], [1, 0]);
        const beyond = await store.neighbors(ids.apt28, { limit: 5, offset: 7 });
        assert.deepEqual(
          beyond.nodes.map((node) => node.id),
          [ids.apt28],
        );
        assert.deepEqual([beyond.summary.returned, beyond.summary.more], [0, 0]);
        const capped = await store.neighbors(ids.apt28, { limit: 100_000 });
        assert.equal(capped.summary.returned, 2, 'a huge limit is cut to the cap, not refused');
        assert.equal(capped.summary.secondHop, undefined);

        const twoHops = await store.neighbors(ids.apt28, { depth: 2 });
        assert.deepEqual(
          twoHops.nodes.map((node) => node.id),
          [ids.apt28, ids.northwind, ids.moscow, ids.domain].sort(),
          'the domain reaches APT 28 through the party',
        );
        assert.deepEqual(
          twoHops.edges.map((edge) => edge.id),
          [relationIds.targeted, relationIds.locatedIn, relationIds.impersonates].sort(),
        );
        assert.deepEqual(twoHops.summary.secondHop, {
          found: 1,
          returned: 1,
          maxSteps: 5000,
          truncated: false,
        });
        const narrow = await store.neighbors(ids.apt28, { depth: 2, limit: 1, offset: 1 });
        assert.deepEqual(
          narrow.nodes.map((node) => node.id),
          [ids.apt28, ids.moscow].sort(),
          'Moscow has no other neighbour',
        );
      });
    });

    test('paths say when their search budget cut them', async () => {
      const batches = wideBatches();
      await withStore(openFresh, async (store) => {
        await store.writeBatches(batches);
        const graph = await store.exportGraph();
        const [start] = graph.nodes;
        assert.ok(start);
        const relations = batches.flatMap((batch) => batch.relations);
        const distance = distancesFrom(start.id, relations);
        const far = graph.nodes.find((node) => (distance.get(node.id) ?? 0) >= 3);
        assert.ok(far, 'the wide graph has entities three hops apart');
        const path = await store.paths(start.id, far.id, 10);
        assert.equal(path.truncated, false);
        assert.equal(path.budget.maxLength, 10);
        assert.ok(path.budget.maxSteps > 0);
        assert.equal(distancesFrom(start.id, path.edges).get(far.id), distance.get(far.id));
      });
    });

    test('edgeDetails gives each piece of evidence with its document, confidence and claimants', async () => {
      await withStore(openFresh, async (store) => {
        await writeAll(store, allBatches);
        const details = await store.edgeDetails(relationIds.targeted);
        assert.ok(details);
        assert.equal(details.edge.id, relationIds.targeted);
        const expected = fixtureEvidence(relationIds.targeted);
        assert.equal(details.evidence.length, expected.length);
        for (const piece of details.evidence) {
          const source = expected.find((candidate) => candidate.documentId === piece.documentId);
          const document = allBatches.map(documentOf).find((candidate) => candidate.id === piece.documentId);
          assert.ok(source && document);
          assert.equal(piece.text, source.text);
          assert.equal(document.text.slice(piece.start, piece.end), piece.text);
          assert.equal(piece.confidence, source.confidence);
          assert.deepEqual(piece.assertedBy, source.assertedBy);
          assert.equal(piece.documentTitle, document.title);
          assert.equal(piece.documentUri, document.uri);
        }
        assert.equal(await store.edgeDetails('rel_missing'), undefined);
      });
    });

    test('paths finds the shortest undirected connections within the length limit', async () => {
      await withStore(openFresh, async (store) => {
        await writeAll(store, allBatches);
        const path = await store.paths(ids.domain, ids.moscow);
        assert.deepEqual(
          path.edges.map((edge) => edge.id),
          [relationIds.impersonates, relationIds.targeted, relationIds.locatedIn].sort(),
        );
        assert.deepEqual(
          path.nodes.map((node) => node.id),
          [ids.domain, ids.northwind, ids.apt28, ids.moscow].sort(),
        );
        const tooShort = await store.paths(ids.domain, ids.moscow, 2);
        assert.deepEqual([tooShort.nodes, tooShort.edges, tooShort.truncated], [[], [], false]);
        assert.deepEqual((await store.paths(ids.lina, ids.apt28)).edges, [], 'a claimant is not a path');
      });
    });

    test('answers do not depend on entity ids naming their type', async () => {
      // Ids made by `entityId` start with their type's prefix; ids from other tools may carry
      // none, or another type's. Both renamings keep the ids' order, so answers compare whole.
      const renamings = [(id: string) => `~${id}`, (id: string) => `org_${id}`];
      const entityIds = [
        ...new Set(allBatches.flatMap((batch) => batch.entities.map((entity) => entity.id))),
      ];
      const answers = async (store: GraphStore, rename: (id: string) => string) => {
        const asked = [ids.apt28, ids.kestrel, ids.lina, ids.domain, 'absent'].map(rename);
        return [
          ...(await Promise.all(asked.map((id) => store.entityDetails(id)))),
          ...(await Promise.all(asked.map((id) => store.neighbors(id, { limit: 2, depth: 2 })))),
          ...(await Promise.all(asked.map((id) => store.neighbors(id, {}, 'summary')))),
          await store.paths(rename(ids.domain), rename(ids.moscow)),
          await store.paths(rename(ids.lina), rename(ids.northwind), 4, 'summary'),
          await store.edgeDetails(relationIds.targeted),
          await store.fragment(asked, Object.values(relationIds)),
        ];
      };
      // Entities first seen in undated documents carry the time they were written.
      const written = /"\d{4}-\d\d-\d\dT[^"]*"/g;
      await withStore(openFresh, async (plain) => {
        await writeAll(plain, allBatches);
        const expected = JSON.stringify(await answers(plain, (id) => id)).replace(written, 'WRITTEN');
        for (const rename of renamings) {
          await withStore(openFresh, async (store) => {
            await writeAll(
              store,
              allBatches.map((batch) => renameEntities(batch, rename)),
            );
            let answer = JSON.stringify(await answers(store, rename));
            for (const id of entityIds) answer = answer.replaceAll(`"${rename(id)}"`, `"${id}"`);
            assert.equal(answer.replace(written, 'WRITTEN'), expected, `ids renamed as ${rename('x')}`);
          });
        }
      });
    });

    test('overview returns the most connected entities and the edges among them', async () => {
      await withStore(openFresh, async (store) => {
        await writeAll(store, allBatches);
        const top = await store.overview(2);
        assert.deepEqual(
          top.nodes.map((node) => node.id),
          [ids.apt28, ids.northwind].sort(),
        );
        assert.deepEqual(
          top.edges.map((edge) => edge.id),
          [relationIds.targeted],
        );
        const all = await store.overview(100);
        assert.equal(all.nodes.length, (await store.stats()).entities);
        assert.equal(all.edges.length, Object.keys(relationIds).length);
      });
    });

    test('edge summaries follow the evidence through a redated rewrite and retractions', async () => {
      await withStore(openFresh, async (store) => {
        await writeAll(store, allBatches);
        const expectSummaries = async (what: string) => {
          const graph = await store.exportGraph();
          const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
          const dated = new Map(graph.documents.map((document) => [document.id, document.publishedAt]));
          assert.deepEqual(
            (await store.overview(100, 'summary')).edges,
            (await store.overview(100)).edges.map((edge) => summaryFromEvidence(edge, names, dated)),
            what,
          );
        };
        const redated = {
          ...englishBatch,
          documents: englishBatch.documents.map((document) => ({ ...document, publishedAt: '2019-02-03' })),
        };
        await store.writeBatch(redated);
        assert.equal((await store.getDocument(documentOf(englishBatch).id))?.publishedAt, '2019-02-03');
        await expectSummaries('after the English report is written again with another date');
        assert.ok(await store.deleteDocument(documentOf(frenchBatch).id));
        await expectSummaries('after the French report is retracted');
        assert.ok(await store.deleteDocument(documentOf(englishBatch).id));
        await expectSummaries('after the English report is retracted');
      });
    });

    test("an edge's preview holds the first sentences of its whole evidence as documents arrive and leave", async () => {
      const batches = sharedEdgeBatches();
      const byId = [...batches].sort((a, b) => (documentOf(a).id < documentOf(b).id ? -1 : 1));
      const [first, second] = byId;
      assert.ok(first && second && byId[0] !== batches[0], 'the reports are not written in id order');
      await withStore(openFresh, async (store) => {
        const expectPreviews = async (what: string) => {
          const full = await store.overview(100);
          const preview = await store.overview(100, 'preview');
          assert.ok(full.edges.length > 0, what);
          assert.deepEqual(
            preview.edges.map((edge) => [edge.id, edge.evidence]),
            full.edges.map((edge) => [edge.id, edge.evidence.slice(0, EVIDENCE_PREVIEW)]),
            what,
          );
          const [entity] = full.nodes;
          const details = entity && (await store.entityDetails(entity.id));
          assert.deepEqual(
            details?.relations.map((edge) => edge.evidence),
            full.edges
              .filter((edge) => edge.source === entity?.id || edge.target === entity?.id)
              .map((edge) => edge.evidence.slice(0, EVIDENCE_PREVIEW)),
            `${what}: details`,
          );
        };
        // Written one by one from the last by id, so each report comes before the ones the edge lists first.
        for (const batch of [...byId].reverse().slice(0, 4)) await store.writeBatch(batch);
        await expectPreviews('after four reports, the last by id first');
        await store.writeBatches(byId.slice(0, 3));
        await expectPreviews('after the three first by id, written together');
        assert.ok(await store.deleteDocument(documentOf(first).id));
        await expectPreviews('after the first by id is retracted');
        await store.writeBatch(first);
        await expectPreviews('after it is written again');
        await store.writeBatch(second);
        await expectPreviews('after the second by id is written again unchanged');
        assert.ok(await store.deleteDocument(documentOf(first).id));
        assert.ok(await store.deleteDocument(documentOf(second).id));
        await expectPreviews('after the first two by id are retracted');
      });
    });

    test('the claims an entity makes follow the claimants of the edges through writes, rewrites and removals', async () => {
      await withStore(openFresh, async (store) => {
        /** Each claimant's edges, as the edges' claimants say and as entity details list them. */
        const claimsBothWays = async () => {
          const graph = await store.exportGraph();
          const expected: string[] = [];
          const listed: string[] = [];
          for (const node of graph.nodes) {
            for (const edge of graph.edges)
              if (edge.assertedBy.includes(node.id)) expected.push(`${node.id} ${edge.id}`);
            const details = await store.entityDetails(node.id, { limit: 500 });
            for (const edge of details?.claims ?? []) listed.push(`${node.id} ${edge.id}`);
          }
          return { expected: expected.sort(), listed: listed.sort() };
        };
        const seen: string[][] = [];
        const expectClaims = async (what: string) => {
          const { expected, listed } = await claimsBothWays();
          assert.deepEqual(listed, expected, what);
          seen.push(expected);
        };
        // The English report as if the owner of the domain made each of its claims.
        const claimedByDomain: GraphBatch = {
          ...englishBatch,
          relations: englishBatch.relations.map((relation) => ({
            ...relation,
            evidence: relation.evidence.map((piece) => ({ ...piece, assertedBy: [ids.domain] })),
          })),
        };
        await writeAll(store, [frenchBatch]);
        await expectClaims('after the French report');
        await writeAll(store, [claimedByDomain, arabicBatch]);
        await expectClaims('after a second claimant and the Arabic report');
        assert.ok(await store.deleteDocument(documentOf(frenchBatch).id));
        await expectClaims('after the French report is retracted');
        assert.ok(await store.deleteDocument(documentOf(arabicBatch).id));
        await expectClaims('after the Arabic report is retracted');
        await store.writeBatch({ ...englishBatch, relations: [] });
        await expectClaims('after the English report is written again without its relations');
        await store.writeBatch(englishBatch);
        await expectClaims('after the English report is written again whole');
        assert.ok(await store.deleteDocument(documentOf(englishBatch).id));
        await expectClaims('after the English report is retracted');
        assert.ok(
          seen.some((pairs) => pairs.length > 0),
          'the fixtures have claimants',
        );
        assert.ok(
          seen.some((pairs, index) => index > 0 && pairs.join() !== seen[index - 1]?.join()),
          'the claims change along the way',
        );
      });
    });

    test('summary fragments say of each edge what its evidence says, without the sentences', async () => {
      await withStore(openFresh, async (store) => {
        await writeAll(store, allBatches);
        const graph = await store.exportGraph();
        const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
        const dated = new Map(graph.documents.map((document) => [document.id, document.publishedAt]));
        assert.ok(
          [...dated.values()].some((date) => date !== undefined),
          'the fixtures date some documents',
        );
        const summaryOf = (edge: GraphJsonEdge) => summaryFromEvidence(edge, names, dated);
        const nodeOf = (node: GraphJsonNode) => {
          const { documents, ...rest } = node;
          assert.ok(Array.isArray(documents));
          return rest;
        };
        const same = (summary: GraphSummaryFragment, full: GraphFragment, what: string) => {
          assert.deepEqual(summary.edges, full.edges.map(summaryOf), `${what}: edges`);
          assert.deepEqual(
            summary.nodes.map(({ mentionCount, ...node }) => {
              assert.ok(mentionCount > 0, `${what}: ${node.id} is mentioned`);
              return node;
            }),
            full.nodes.map(nodeOf),
            `${what}: nodes`,
          );
        };
        assert.ok(
          graph.edges.some((edge) => edge.assertedBy.length > 0),
          'the fixtures have claimants',
        );
        same(await store.overview(100, 'summary'), await store.overview(100), 'overview');
        const around = await store.neighbors(ids.apt28, { limit: 5 }, 'summary');
        same(around, await store.neighbors(ids.apt28, { limit: 5 }), 'neighbours');
        assert.deepEqual(around.summary, (await store.neighbors(ids.apt28, { limit: 5 })).summary);
        const path = await store.paths(ids.domain, ids.moscow, 4, 'summary');
        assert.ok(path.edges.length > 0);
        same(path, await store.paths(ids.domain, ids.moscow), 'path');
        assert.equal(path.truncated, false);

        const full = await store.overview(100);
        const some = full.edges.slice(0, 2);
        const ends = [...new Set(some.flatMap((edge) => [edge.source, edge.target]))].sort();
        assert.deepEqual(
          await store.fragment([...ends, 'ta_missing'], [...some.map((edge) => edge.id), 'rel_missing']),
          { nodes: full.nodes.filter((node) => ends.includes(node.id)), edges: some },
          'a fragment by ids is the full records of those that exist',
        );
      });
    });

    test('lookups by lists of ids answer exactly across every entity table', async () => {
      const batches = wideBatches();
      await withStore(openFresh, async (store) => {
        await store.writeBatches(batches);
        const graph = await assertLookupsAcrossTables(store, batches);

        await withStore(openFresh, async (copy) => {
          for await (const batch of store.exportBatches()) await copy.writeBatch(batch);
          assert.deepEqual(await copy.exportGraph(), graph, 'exported batches reproduce the store');
        });

        const [, removed] = batches.map(documentOf);
        assert.ok(removed);
        assert.equal(await store.deleteDocument(removed.id), true);
        const after = await store.exportGraph();
        // Exactly the store the other documents alone give: an entity they list without
        // mentioning it (a relation's end at home in the removed document) stays, as it would.
        await withStore(openFresh, async (without) => {
          await without.writeBatches(batches.filter((batch) => documentOf(batch).id !== removed.id));
          assert.deepEqual(after, await without.exportGraph());
        });
        assert.ok(after.nodes.length < graph.nodes.length && after.edges.length < graph.edges.length);
      });
    });

    test('stats count what the batches hold', async () => {
      await withStore(openFresh, async (store) => {
        await writeAll(store, allBatches);
        const stats = await store.stats();
        const entities = new Map(
          allBatches.flatMap((batch) => batch.entities.map((entity) => [entity.id, entity.type])),
        );
        const relations = new Map(
          allBatches.flatMap((batch) => batch.relations.map((relation) => [relation.id, relation.type])),
        );
        assert.equal(stats.documents, allBatches.length);
        assert.equal(stats.entities, entities.size);
        assert.equal(stats.relations, relations.size);
        assert.equal(
          stats.mentions,
          allBatches.reduce((total, batch) => total + batch.mentions.length, 0),
        );
        assert.equal(
          stats.evidence,
          allBatches
            .flatMap((batch) => batch.relations)
            .reduce((total, relation) => total + relation.evidence.length, 0),
        );
        for (const type of new Set(entities.values())) {
          assert.equal(
            stats.entitiesByType[type],
            [...entities.values()].filter((t) => t === type).length,
            type,
          );
        }
        for (const type of new Set(relations.values())) {
          assert.equal(
            stats.relationsByType[type],
            [...relations.values()].filter((t) => t === type).length,
            type,
          );
        }
      });
    });

    test('cypher reads with parameters and refuses every write, leaving the store unchanged', async () => {
      await withStore(openFresh, async (store) => {
        await writeAll(store, allBatches);
        const result = await store.cypher(
          'MATCH (a:ThreatActor)-[r:TARGETED]->(o:Organization) WHERE a.id = $id RETURN a.name AS actor, o.name AS target',
          { params: { id: ids.apt28 } },
        );
        assert.deepEqual(result, { columns: ['actor', 'target'], rows: [['APT 28', 'Northwind Party']] });
        const capped = await store.cypher('MATCH (n:Organization) RETURN n.id AS id', { maxRows: 1 });
        assert.equal(capped.rows.length, 1);

        const before = await store.stats();
        const exported = JSON.stringify(await store.exportGraph());
        const writes = [
          "CREATE (n:Person {id: 'per_intruder', name: 'Intruder'})",
          "MERGE (n:Person {id: 'per_intruder'})",
          "MATCH (n:ThreatActor) SET n.name = 'renamed'",
          'MATCH (n:Location) DETACH DELETE n',
          'MATCH ()-[r:TARGETED]->() DELETE r',
        ];
        for (const query of writes) {
          await assert.rejects(store.cypher(query), ReadOnlyQueryError, query);
        }
        assert.deepEqual(await store.stats(), before);
        assert.equal(JSON.stringify(await store.exportGraph()), exported);

        await assert.rejects(store.cypher('MATC (n) RETURN n'), (error: unknown) => {
          assert.ok(error instanceof QueryError);
          assert.ok(error.message.length > 0);
          return true;
        });
      });
    });

    test('exportBatches written into an empty store reproduce the same export', async () => {
      let original = '';
      const batches: GraphBatch[] = [];
      await withStore(openFresh, async (store) => {
        await writeAll(store, allBatches);
        original = JSON.stringify(await store.exportGraph());
        for await (const batch of store.exportBatches()) batches.push(batch);
      });
      assert.equal(batches.length, allBatches.length);
      for (const batch of batches) {
        const document = documentOf(batch);
        const source = allBatches.map(documentOf).find((candidate) => candidate.id === document.id);
        assert.equal(document.text, source?.text);
      }
      await withStore(openFresh, async (store) => {
        await writeAll(store, batches);
        assert.equal(JSON.stringify(await store.exportGraph()), original);
      });
    });

    test('writing batches together leaves the store as writing them one by one', async () => {
      let oneByOne = '';
      await withStore(openFresh, async (store) => {
        await writeAll(store, allBatches);
        oneByOne = JSON.stringify(await store.exportGraph());
      });
      await withStore(openFresh, async (store) => {
        const summaries = await store.writeBatches(allBatches);
        assert.equal(JSON.stringify(await store.exportGraph()), oneByOne);
        await assertMentionStatistics(store, allBatches);
        assert.deepEqual(await store.writeBatches([frenchBatch, arabicBatch]), summaries.slice(1));
        assert.equal(JSON.stringify(await store.exportGraph()), oneByOne, 'written again, nothing changes');
        await assertMentionStatistics(store, allBatches);
        assert.deepEqual(await store.writeBatches([]), []);
      });
    });

    test('mention statistics follow the mentions through new documents, rewrites and deletes', async () => {
      await withStore(openFresh, async (store) => {
        await writeAll(store, [englishBatch, frenchBatch]);
        await assertMentionStatistics(store, [englishBatch, frenchBatch]);
        await writeAll(store, [arabicBatch, englishBatch]);
        await assertMentionStatistics(store, allBatches);
        assert.equal(await store.deleteDocument(documentOf(englishBatch).id), true);
        await assertMentionStatistics(store, [frenchBatch, arabicBatch]);
      });
    });

    test('mention statistics stay exact over many documents sharing entities', async () => {
      const batches = overlappingBatches();
      await withStore(openFresh, async (store) => {
        await writeAll(store, batches);
        await assertMentionStatistics(store, batches);
      });
      await withStore(openFresh, async (store) => {
        await store.writeBatches(batches.slice(0, 5));
        await store.writeBatches(batches.slice(5));
        await assertMentionStatistics(store, batches);
      });
    });

    test('the counts each entity keeps follow writes, grouped writes, rewrites and retractions', async () => {
      const batches = linkedBatches();
      await withStore(openFresh, async (store) => {
        await writeAll(store, batches.slice(0, 4));
        await assertEntityCounts(store);
        await store.writeBatches(batches.slice(4));
        await assertEntityCounts(store);
        // The same document written again with one more edge, between entities already joined.
        const [first, second] = batches;
        assert.ok(first && second);
        const [relation] = first.relations;
        assert.ok(relation);
        const reported = { ...relation, modality: 'reported' as const };
        await store.writeBatch({
          ...first,
          relations: [
            ...first.relations,
            { ...reported, id: relationId('TARGETED', relation.source, relation.target, 'reported') },
          ],
        });
        await assertEntityCounts(store);
        // A new version of a document (same address, other text) with fewer edges replaces it.
        const text = `${documentOf(second).text} Revised.`;
        const revised = documentId(text);
        await store.writeBatch({
          documents: [{ ...documentOf(second), id: revised, text }],
          entities: second.entities,
          mentions: second.mentions.slice(0, 2).map((mention) => ({ ...mention, documentId: revised })),
          relations: second.relations.slice(0, 1).map((edge) => ({
            ...edge,
            evidence: edge.evidence.map((piece) => ({ ...piece, documentId: revised })),
          })),
        });
        await assertEntityCounts(store);
        assert.equal(await store.deleteDocument(revised), true);
        for (const batch of batches.slice(2, 6)) {
          assert.equal(await store.deleteDocument(documentOf(batch).id), true);
        }
        await assertEntityCounts(store);
        await store.writeBatches(batches.slice(2, 5));
        await assertEntityCounts(store);
      });
    });

    test('batches written together may refer only to earlier ones, and one refused refuses all', async () => {
      await withStore(openFresh, async (store) => {
        const frenchEntities = new Set(frenchBatch.entities.map((entity) => entity.id));
        const englishOnly = englishBatch.mentions.find((mention) => !frenchEntities.has(mention.entityId));
        assert.ok(englishOnly, 'the English fixture mentions an entity the French one does not list');
        const citingEnglish: GraphBatch = {
          ...frenchBatch,
          mentions: [
            ...frenchBatch.mentions,
            { ...englishOnly, documentId: documentOf(frenchBatch).id, start: 0, end: 1 },
          ],
        };
        await assert.rejects(
          store.writeBatches([arabicBatch, citingEnglish, englishBatch]),
          /neither in it nor/,
        );
        assert.deepEqual(await store.listDocuments(), []);
        await store.writeBatches([englishBatch, citingEnglish]);
        assert.equal(await store.hasDocument(documentOf(frenchBatch).id), true);
      });
    });

    test('a batch the schema does not allow is refused whole', async () => {
      await withStore(openFresh, async (store) => {
        await writeAll(store, [englishBatch]);
        const before = JSON.stringify(await store.exportGraph());
        const [relation] = englishBatch.relations;
        assert.ok(relation);
        const invalid: GraphBatch = {
          ...frenchBatch,
          relations: [
            { ...relation, id: 'rel_invalid', type: 'RESOLVES_TO', source: ids.apt28, target: ids.kestrel },
          ],
        };
        await assert.rejects(store.writeBatch(invalid));
        assert.equal(JSON.stringify(await store.exportGraph()), before);
        assert.equal(await store.hasDocument(documentOf(frenchBatch).id), false);
      });
    });
  });
}

/** What an edge's summary must say, worked out from its evidence and its documents' dates. */
function summaryFromEvidence(
  edge: GraphJsonEdge,
  names: ReadonlyMap<string, string>,
  dated: ReadonlyMap<string, string | undefined>,
) {
  const { evidence, ...head } = edge;
  const documents = new Set(evidence.map((piece) => piece.documentId));
  return {
    ...head,
    claimantNames: edge.assertedBy.map((id) => names.get(id)),
    evidenceCount: evidence.length,
    documentCount: documents.size,
    langs: [...new Set(evidence.map((piece) => piece.lang))].sort(),
    dates: [...new Set([...documents].flatMap((id) => dated.get(id)?.slice(0, 10) ?? []))].sort(),
  };
}
