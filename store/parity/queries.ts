/**
 * Questions an analyst asks of the graph, as Cypher against type labels, each with the rows it
 * must return computed from the fixture batches. The same queries run on every backend and must
 * agree; the few constructs that differ between Neo4j and Kùzu come from the dialect.
 */
import { RELATION_TYPES } from '../../graph-schema/schema.ts';
import type { CypherDialect } from '../neo4j/dialect.ts';
import {
  distancesFrom,
  entityOf,
  shortestPathCount,
  type FixtureGraph,
  type FixtureRelation,
} from './fixture-graph.ts';

export interface ParityQuery {
  name: string;
  question: string;
  cypher(dialect: CypherDialect): string;
  params?(graph: FixtureGraph): Record<string, unknown>;
  expected(graph: FixtureGraph, params: Record<string, unknown>): unknown[][];
}

const ALL_RELATIONS = RELATION_TYPES.map((spec) => spec.name);
const MAX_HOPS = 4;

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Rows sorted by their columns in order, `descending` listing the columns sorted high to low. */
function sortRows(rows: unknown[][], descending: readonly number[] = []): unknown[][] {
  return rows.sort((a, b) => {
    for (let column = 0; column < a.length; column++) {
      const order = compareValues(a[column], b[column]);
      if (order !== 0) return descending.includes(column) ? -order : order;
    }
    return 0;
  });
}

function distinctRows(rows: unknown[][]): unknown[][] {
  return [...new Map(rows.map((row) => [JSON.stringify(row), row])).values()];
}

function countBy<T>(items: readonly T[], key: (item: T) => string): unknown[][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts];
}

const name = (graph: FixtureGraph, id: string) => entityOf(graph, id).name;
const typeOf = (graph: FixtureGraph, id: string) => entityOf(graph, id).type;
const str = (params: Record<string, unknown>, key: string) => String(params[key]);

/** Rows of `[key, count]`, most frequent first, ties by key. */
function mostFrequent<T>(items: readonly T[], key: (item: T) => string): unknown[][] {
  return countBy(items, key).sort((a, b) => compareValues(b[1], a[1]) || compareValues(a[0], b[0]));
}

/** The entity most often cited as a claimant: the firm whose claims an analyst reviews. */
function topClaimant(graph: FixtureGraph): string {
  const [top] = mostFrequent(
    graph.relations.flatMap((relation) => relation.assertedBy),
    (id) => id,
  );
  return String(top?.[0]);
}

/** The threat actor with the most outgoing relations. */
function busiestActor(graph: FixtureGraph): string {
  const actors = [...graph.entities.values()].filter((entity) => entity.type === 'ThreatActor');
  const degree = (id: string) => graph.relations.filter((relation) => relation.source === id).length;
  const [top] = actors.sort((a, b) => degree(b.id) - degree(a.id) || compareValues(a.id, b.id));
  return String(top?.id);
}

/** The two entities furthest apart (within MAX_HOPS) joined by exactly one shortest path. */
function distantPair(graph: FixtureGraph): { from: string; to: string; hops: number } {
  const ids = [...graph.entities.keys()].sort();
  let best = { from: '', to: '', hops: 0 };
  for (const from of ids) {
    for (const [to, hops] of distancesFrom(graph, from)) {
      if (from >= to || hops > MAX_HOPS || hops <= best.hops) continue;
      if (shortestPathCount(graph, from, to) === 1) best = { from, to, hops };
    }
  }
  return best;
}

/** Node ids along the one shortest path of distantPair, walked back from the target. */
function shortestPathNodes(graph: FixtureGraph, from: string, to: string): string[] {
  const distance = distancesFrom(graph, from);
  const path = [to];
  for (let current = to; current !== from;) {
    const hops = distance.get(current) ?? 0;
    const previous = graph.relations
      .flatMap((relation) =>
        relation.source === current
          ? [relation.target]
          : relation.target === current
            ? [relation.source]
            : [],
      )
      .find((id) => distance.get(id) === hops - 1);
    if (previous === undefined) throw new Error('broken shortest path');
    path.unshift(previous);
    current = previous;
  }
  return path;
}

function documentWithMostMentions(graph: FixtureGraph): string {
  const [top] = mostFrequent(graph.mentions, (mention) => mention.documentId);
  return String(top?.[0]);
}

const relationsOf = (graph: FixtureGraph, predicate: (relation: FixtureRelation) => boolean) =>
  graph.relations.filter(predicate);

export const PARITY_QUERIES: readonly ParityQuery[] = [
  {
    name: 'entities-by-type',
    question: 'How many entities of each type does the graph hold?',
    cypher: (d) =>
      `MATCH (n${d.anyEntity}) RETURN ${d.labelOf('n')} AS type, count(*) AS entities ORDER BY type`,
    expected: (g) => sortRows(countBy([...g.entities.values()], (entity) => entity.type)),
  },
  {
    name: 'relations-by-type',
    question: 'How many relations of each type?',
    cypher: (d) =>
      `MATCH (a${d.anyEntity})-[r]->(b${d.anyEntity}) RETURN ${d.typeOf('r')} AS type, count(*) AS relations ORDER BY type`,
    expected: (g) => sortRows(countBy(g.relations, (relation) => relation.type)),
  },
  {
    name: 'who-is-attributed-to-whom',
    question: 'Who is attributed to whom, how firmly, and on whose word?',
    cypher: () =>
      `MATCH (s)-[r:ATTRIBUTED_TO]->(t)
       RETURN s.name AS subject, t.name AS attributedTo, r.modality AS modality, r.confidence AS confidence
       ORDER BY subject, attributedTo, modality`,
    expected: (g) =>
      sortRows(
        relationsOf(g, (r) => r.type === 'ATTRIBUTED_TO').map((r) => [
          name(g, r.source),
          name(g, r.target),
          r.modality,
          r.confidence,
        ]),
      ),
  },
  {
    name: 'actor-attributed-to-organization',
    question: 'Which threat actors are tied to which organisations?',
    cypher: () =>
      `MATCH (a:ThreatActor)-[:ATTRIBUTED_TO]->(o:Organization)
       RETURN a.name AS actor, o.name AS organization ORDER BY actor, organization`,
    expected: (g) =>
      sortRows(
        relationsOf(
          g,
          (r) =>
            r.type === 'ATTRIBUTED_TO' &&
            typeOf(g, r.source) === 'ThreatActor' &&
            typeOf(g, r.target) === 'Organization',
        ).map((r) => [name(g, r.source), name(g, r.target)]),
      ),
  },
  {
    name: 'infrastructure-of-actor',
    question: 'What infrastructure and tooling does this actor register or use?',
    cypher: (d) =>
      `MATCH (a:ThreatActor {id: $actor})-[r:USES|REGISTERED]->(i)
       RETURN ${d.labelOf('i')} AS type, i.name AS name, ${d.typeOf('r')} AS how ORDER BY type, name, how`,
    params: (g) => ({ actor: busiestActor(g) }),
    expected: (g, p) =>
      sortRows(
        relationsOf(
          g,
          (r) => r.source === str(p, 'actor') && (r.type === 'USES' || r.type === 'REGISTERED'),
        ).map((r) => [typeOf(g, r.target), name(g, r.target), r.type]),
      ),
  },
  {
    name: 'claims-by-firm',
    question: 'Which claims does this firm make?',
    cypher: (d) =>
      `MATCH (s${d.anyEntity})-[r]->(t${d.anyEntity}) WHERE $claimant IN r.assertedBy
       RETURN ${d.typeOf('r')} AS relation, s.name AS subject, t.name AS object, r.modality AS modality
       ORDER BY relation, subject, object`,
    params: (g) => ({ claimant: topClaimant(g) }),
    expected: (g, p) =>
      sortRows(
        relationsOf(g, (r) => r.assertedBy.includes(str(p, 'claimant'))).map((r) => [
          r.type,
          name(g, r.source),
          name(g, r.target),
          r.modality,
        ]),
      ),
  },
  {
    name: 'shortest-path-length',
    question: 'How closely are these two entities connected?',
    cypher: (d) =>
      `MATCH ${d.shortestPath('p', `(a${d.anyEntity} {id: $from})`, `(b${d.anyEntity} {id: $to})`, ALL_RELATIONS, MAX_HOPS)}
       RETURN length(p) AS hops`,
    params: (g) => {
      const { from, to } = distantPair(g);
      return { from, to };
    },
    expected: (g) => [[distantPair(g).hops]],
  },
  {
    name: 'shortest-path-route',
    question: 'Through whom are these two entities connected?',
    cypher: (d) =>
      `MATCH ${d.shortestPath('p', `(a${d.anyEntity} {id: $from})`, `(b${d.anyEntity} {id: $to})`, ALL_RELATIONS, MAX_HOPS)}
       RETURN ${d.mapList('nodes(p)', 'x', 'x.name')} AS route, ${d.mapList(d.relationshipsOf('p'), 'x', 'x.id')} AS relations`,
    params: (g) => {
      const { from, to } = distantPair(g);
      return { from, to };
    },
    expected: (g) => {
      const { from, to } = distantPair(g);
      const nodes = shortestPathNodes(g, from, to);
      const hops = nodes.slice(1).map((id, index) => {
        const previous = nodes[index];
        const relation = g.relations.find(
          (r) => (r.source === previous && r.target === id) || (r.source === id && r.target === previous),
        );
        return String(relation?.id);
      });
      return [[nodes.map((id) => name(g, id)), hops]];
    },
  },
  {
    name: 'entities-in-document',
    question: 'Which entities does this document mention?',
    cypher: (d) =>
      `MATCH (n)-[:MENTIONED_IN]->(:Document {id: $document})
       RETURN DISTINCT ${d.labelOf('n')} AS type, n.name AS name ORDER BY type, name`,
    params: (g) => ({ document: documentWithMostMentions(g) }),
    expected: (g, p) =>
      sortRows(
        distinctRows(
          g.mentions
            .filter((mention) => mention.documentId === str(p, 'document'))
            .map((mention) => [typeOf(g, mention.entityId), name(g, mention.entityId)]),
        ),
      ),
  },
  {
    name: 'neighbours',
    question: 'What is this entity directly connected to, and how?',
    cypher: (d) =>
      `MATCH (a {id: $entity})-[r:${ALL_RELATIONS.join('|')}]-(b)
       RETURN DISTINCT b.name AS neighbour, ${d.typeOf('r')} AS relation ORDER BY neighbour, relation`,
    params: (g) => ({ entity: busiestActor(g) }),
    expected: (g, p) =>
      sortRows(
        distinctRows(
          relationsOf(g, (r) => r.source === str(p, 'entity') || r.target === str(p, 'entity')).map((r) => [
            name(g, r.source === str(p, 'entity') ? r.target : r.source),
            r.type,
          ]),
        ),
      ),
  },
  {
    name: 'within-two-hops',
    question: 'What lies within two relations of this entity?',
    cypher: () =>
      `MATCH (a {id: $entity})-[:${ALL_RELATIONS.join('|')}*1..2]-(b) WHERE b.id <> a.id
       RETURN DISTINCT b.id AS id ORDER BY id`,
    params: (g) => ({ entity: busiestActor(g) }),
    expected: (g, p) =>
      [...distancesFrom(g, str(p, 'entity'))]
        .filter(([, hops]) => hops === 1 || hops === 2)
        .map(([id]) => [id])
        .sort((a, b) => compareValues(a[0], b[0])),
  },
  {
    name: 'most-mentioned',
    question: 'Which entities are mentioned most?',
    cypher: () =>
      `MATCH (n)-[m:MENTIONED_IN]->(:Document)
       RETURN n.name AS name, count(m) AS mentions ORDER BY mentions DESC, name LIMIT 5`,
    expected: (g) => mostFrequent(g.mentions, (mention) => name(g, mention.entityId)).slice(0, 5),
  },
  {
    name: 'documents-by-language',
    question: 'How many documents in each language?',
    cypher: () => `MATCH (d:Document) RETURN d.lang AS lang, count(*) AS documents ORDER BY lang`,
    expected: (g) => sortRows(countBy(g.documents, (document) => document.lang)),
  },
  {
    name: 'documents-mentioning-actor',
    question: 'Which documents mention this actor, in which language?',
    cypher: () =>
      `MATCH (a:ThreatActor {id: $actor})-[:MENTIONED_IN]->(d:Document)
       RETURN DISTINCT d.title AS title, d.lang AS lang ORDER BY title`,
    params: (g) => ({ actor: busiestActor(g) }),
    expected: (g, p) =>
      sortRows(
        distinctRows(
          g.mentions
            .filter((mention) => mention.entityId === str(p, 'actor'))
            .map((mention) => g.documents.find((document) => document.id === mention.documentId))
            .map((document) => [document?.title, document?.lang]),
        ),
      ),
  },
  {
    name: 'denials',
    question: 'Who denies what?',
    cypher: () => `MATCH (s)-[:DENIES]->(t) RETURN s.name AS who, t.name AS what ORDER BY who, what`,
    expected: (g) =>
      sortRows(relationsOf(g, (r) => r.type === 'DENIES').map((r) => [name(g, r.source), name(g, r.target)])),
  },
  {
    name: 'hedged-claims',
    question: 'Which claims are only reported or suspected?',
    cypher: (d) =>
      `MATCH (s${d.anyEntity})-[r]->(t${d.anyEntity}) WHERE r.modality IN ['reported', 'suspected']
       RETURN ${d.typeOf('r')} AS relation, s.name AS subject, t.name AS object, r.modality AS modality
       ORDER BY relation, subject, object`,
    expected: (g) =>
      sortRows(
        relationsOf(g, (r) => r.modality === 'reported' || r.modality === 'suspected').map((r) => [
          r.type,
          name(g, r.source),
          name(g, r.target),
          r.modality,
        ]),
      ),
  },
  {
    name: 'multi-source-relations',
    question: 'Which relations rest on more than one sentence?',
    cypher: (d) =>
      `MATCH (s${d.anyEntity})-[r]->(t${d.anyEntity}) WHERE r.evidenceCount > 1
       RETURN r.id AS id, r.evidenceCount AS sentences ORDER BY id`,
    expected: (g) =>
      sortRows(relationsOf(g, (r) => r.evidence.length > 1).map((r) => [r.id, r.evidence.length])),
  },
  {
    name: 'first-evidence-sentence',
    question: 'What is the first sentence behind each targeting claim?',
    cypher: (d) =>
      `MATCH (s)-[r:TARGETED]->(t) MATCH (d:Document)-[ev:EVIDENCE]->(c:Claim) WHERE c.id = r.id
       WITH r, s, t, d, ev ORDER BY d.id, ev.\`start\`, ev.\`end\` SKIP 0
       WITH r.id AS id, s.name AS subject, t.name AS object, collect(ev.text) AS sentences
       RETURN subject, object, ${d.listItem('sentences', 0)} AS sentence
       ORDER BY subject, object`,
    expected: (g) =>
      sortRows(
        relationsOf(g, (r) => r.type === 'TARGETED').map((r) => [
          name(g, r.source),
          name(g, r.target),
          r.evidence[0]?.text,
        ]),
      ),
  },
  {
    name: 'alias-lookup',
    question: 'Which entity goes by this alias?',
    cypher: () => `MATCH (n) WHERE $alias IN n.aliases RETURN n.id AS id, n.name AS name ORDER BY id`,
    params: () => ({ alias: 'فانسي بير' }),
    expected: (g, p) =>
      sortRows(
        [...g.entities.values()]
          .filter((entity) => entity.aliases.includes(str(p, 'alias')))
          .map((entity) => [entity.id, entity.name]),
      ),
  },
  {
    name: 'actors-with-external-ids',
    question: 'Which actors are matched to an external catalogue (ATT&CK...)?',
    cypher: () =>
      `MATCH (a:ThreatActor) WHERE size(a.externalIds) > 0
       RETURN a.name AS actor, a.externalIds AS externalIds ORDER BY actor`,
    expected: (g) =>
      sortRows(
        [...g.entities.values()]
          .filter((entity) => entity.type === 'ThreatActor' && entity.externalIds.length > 0)
          .map((entity) => [entity.name, entity.externalIds]),
      ),
  },
  {
    name: 'co-mentioned',
    question: 'Which entities appear in the same documents most often?',
    cypher: () =>
      `MATCH (a)-[:MENTIONED_IN]->(d:Document)<-[:MENTIONED_IN]-(b) WHERE a.id < b.id
       RETURN a.id AS first, b.id AS second, count(DISTINCT d) AS documents
       ORDER BY documents DESC, first, second LIMIT 10`,
    expected: (g) => {
      const documentsOf = new Map<string, Set<string>>();
      for (const mention of g.mentions) {
        const set = documentsOf.get(mention.entityId) ?? new Set();
        set.add(mention.documentId);
        documentsOf.set(mention.entityId, set);
      }
      const ids = [...documentsOf.keys()].sort();
      const pairs: unknown[][] = [];
      for (const first of ids) {
        for (const second of ids) {
          if (first >= second) continue;
          const shared = [...(documentsOf.get(first) ?? [])].filter((id) =>
            documentsOf.get(second)?.has(id),
          ).length;
          if (shared > 0) pairs.push([first, second, shared]);
        }
      }
      return pairs
        .sort((a, b) => compareValues(b[2], a[2]) || compareValues(a[0], b[0]) || compareValues(a[1], b[1]))
        .slice(0, 10);
    },
  },
  {
    name: 'confidence-by-modality',
    question: 'How many claims of each modality, and how strong is the strongest?',
    cypher: (d) =>
      `MATCH (s${d.anyEntity})-[r]->(t${d.anyEntity})
       RETURN r.modality AS modality, count(*) AS relations, max(r.confidence) AS strongest ORDER BY modality`,
    expected: (g) =>
      sortRows(
        countBy(g.relations, (r) => r.modality).map(([modality, count]) => [
          modality,
          count,
          Math.max(...relationsOf(g, (r) => r.modality === modality).map((r) => r.confidence)),
        ]),
      ),
  },
  {
    name: 'targets-across-languages',
    question: 'Which organisations did threat actors target, on evidence in which languages?',
    cypher: () =>
      `MATCH (a:ThreatActor)-[r:TARGETED]->(o:Organization)
       MATCH (d:Document)-[ev:EVIDENCE]->(c:Claim) WHERE c.id = r.id
       WITH r, a, o, d, ev ORDER BY d.id, ev.\`start\`, ev.\`end\` SKIP 0
       WITH r.id AS id, a.name AS actor, o.name AS target, r.confidence AS confidence,
            collect(ev.lang) AS languages
       RETURN actor, target, confidence, languages
       ORDER BY actor, target`,
    expected: (g) =>
      sortRows(
        relationsOf(
          g,
          (r) =>
            r.type === 'TARGETED' &&
            typeOf(g, r.source) === 'ThreatActor' &&
            typeOf(g, r.target) === 'Organization',
        ).map((r) => [
          name(g, r.source),
          name(g, r.target),
          r.confidence,
          r.evidence.map((piece) => piece.lang),
        ]),
      ),
  },
  {
    name: 'employers',
    question: 'Who works for which organisation?',
    cypher: () =>
      `MATCH (p:Person)-[:WORKS_FOR]->(o:Organization) RETURN p.name AS person, o.name AS employer ORDER BY person`,
    expected: (g) =>
      sortRows(
        relationsOf(g, (r) => r.type === 'WORKS_FOR' && typeOf(g, r.target) === 'Organization').map((r) => [
          name(g, r.source),
          name(g, r.target),
        ]),
      ),
  },
  {
    name: 'actor-domain-address-chain',
    question: 'Which addresses do the domains an actor registered resolve to?',
    cypher: () =>
      `MATCH (a:ThreatActor)-[:REGISTERED]->(d:Domain)-[:RESOLVES_TO]->(ip:IpAddress)
       RETURN a.name AS actor, d.name AS domain, ip.name AS address ORDER BY actor, domain, address`,
    expected: (g) =>
      sortRows(
        relationsOf(g, (r) => r.type === 'REGISTERED' && typeOf(g, r.target) === 'Domain').flatMap(
          (registered) =>
            relationsOf(g, (r) => r.type === 'RESOLVES_TO' && r.source === registered.target).map(
              (resolves) => [
                name(g, registered.source),
                name(g, registered.target),
                name(g, resolves.target),
              ],
            ),
        ),
      ),
  },
  {
    name: 'claimants-of-attributions',
    question: 'On whose word does each attribution rest?',
    cypher: () =>
      `MATCH (s)-[r:ATTRIBUTED_TO]->(t) UNWIND r.assertedBy AS claimant
       MATCH (c) WHERE c.id = claimant
       RETURN c.name AS claimant, s.name AS subject, t.name AS attributedTo ORDER BY claimant, subject, attributedTo`,
    expected: (g) =>
      sortRows(
        relationsOf(g, (r) => r.type === 'ATTRIBUTED_TO').flatMap((r) =>
          r.assertedBy.map((claimant) => [name(g, claimant), name(g, r.source), name(g, r.target)]),
        ),
      ),
  },
];
