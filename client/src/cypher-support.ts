/**
 * What the Cypher console knows without a browser: the examples for each backend, the query
 * history kept across visits, where an engine's error message points, and which entities and
 * relations a result holds (to draw them).
 */
import { idKind } from './ids.ts';

export type Backend = 'embedded' | 'neo4j';

/** The backend behind a store address as /api/health reports it. */
export function backendOf(storeUri: string): Backend {
  return /^(bolt|neo4j)(\+s|\+ssc)?:/i.test(storeUri) ? 'neo4j' : 'embedded';
}

export interface CypherExample {
  title: string;
  query: string;
  backends: readonly Backend[];
}

/**
 * Examples that run on the store in use. The README's questions for Neo4j Browser use Neo4j's
 * own dialect (the `Entity` label, `labels()`, `shortestPath`, `IN` over a list property), so
 * they are offered on Neo4j only; the claims query is spelt for each engine.
 */
export const CYPHER_EXAMPLES: readonly CypherExample[] = [
  {
    title: 'Who is attributed to whom, how firmly',
    query:
      'MATCH (s)-[r:ATTRIBUTED_TO]->(t)\nRETURN s.name AS subject, t.name AS attributedTo, r.modality AS modality, r.confidence AS confidence\nORDER BY subject, attributedTo, modality',
    backends: ['embedded', 'neo4j'],
  },
  {
    title: 'Denials, drawn on the canvas',
    query: 'MATCH (a)-[r:DENIES]->(b)\nRETURN a, r, b\nLIMIT 25',
    backends: ['embedded', 'neo4j'],
  },
  {
    title: 'Attribution chains as paths',
    query: 'MATCH p = (a)-[:ATTRIBUTED_TO*1..2]->(b)\nRETURN p\nLIMIT 10',
    backends: ['embedded', 'neo4j'],
  },
  {
    title: 'Every claim with its claimant',
    query:
      'MATCH (s)-[r]->(t)\nUNWIND r.assertedBy AS claimantId\nMATCH (c {id: claimantId})\nRETURN c.name AS claimant, label(r) AS relation, s.name AS subject, t.name AS object, r.modality AS modality\nORDER BY claimant, relation, subject, object\nLIMIT 100',
    backends: ['embedded'],
  },
  {
    title: 'Every claim with its claimant',
    query:
      'MATCH (s:Entity)-[r]->(t:Entity)\nUNWIND r.assertedBy AS claimantId\nMATCH (c:Entity {id: claimantId})\nRETURN c.name AS claimant, type(r) AS relation, s.name AS subject, t.name AS object, r.modality AS modality\nORDER BY claimant, relation, subject, object\nLIMIT 100',
    backends: ['neo4j'],
  },
  {
    title: 'The infrastructure actors registered or use',
    query:
      "MATCH (a:ThreatActor)-[r:USES|REGISTERED]->(i)\nRETURN a.name AS actor, head([label IN labels(i) WHERE label <> 'Entity']) AS type, i.name AS name, type(r) AS how\nORDER BY actor, type, name, how",
    backends: ['neo4j'],
  },
  {
    title: 'How APT28 and APT29 are connected',
    query:
      "MATCH p = shortestPath((a:ThreatActor {name: 'APT28'})-[:ATTRIBUTED_TO|TARGETED|USES|REGISTERED|DENIES*1..6]-(b:ThreatActor {name: 'APT29'}))\nRETURN p",
    backends: ['neo4j'],
  },
];

export const HISTORY_KEY = 'evigraph.cypherHistory';
export const HISTORY_SIZE = 50;

/** The history with this query first (once), the oldest beyond the size forgotten. */
export function remember(history: readonly string[], query: string): string[] {
  const trimmed = query.trim();
  if (trimmed === '') return [...history];
  return [trimmed, ...history.filter((earlier) => earlier !== trimmed)].slice(0, HISTORY_SIZE);
}

/** A stored history, or none when what is stored is not a list of strings. */
export function parseHistory(stored: string | null): string[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** Where an error message points: 1-based line and column, if it says. */
export function errorPosition(message: string): { line: number; column: number } | undefined {
  // Neo4j: "(line 2, column 5 (offset: 14))", 1-based column.
  const neo4j = /line (\d+), column (\d+)/.exec(message);
  if (neo4j) return { line: Number(neo4j[1]), column: Number(neo4j[2]) };
  // The embedded engine: "(line: 2, offset: 4)", the offset counted from 0 within the line.
  const embedded = /line: (\d+), offset: (\d+)/.exec(message);
  if (embedded) return { line: Number(embedded[1]), column: Number(embedded[2]) + 1 };
  return undefined;
}

export interface ResultGraph {
  /** Entities of nodes and paths, and the ends of relations when the result names them. */
  entities: string[];
  relations: string[];
}

/**
 * The entities and relations a result holds as graph values: nodes and relationships (objects
 * with an id of our kinds) and paths (`{ nodes, relationships }`), in any cell or list.
 * Plain ids in text cells are not drawn: the table offers them one by one.
 */
export function graphInResult(rows: readonly (readonly unknown[])[]): ResultGraph {
  const entities = new Set<string>();
  const relations = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if ('nodes' in value || 'relationships' in value) {
      Object.values(value).forEach(visit);
      return;
    }
    if (!('id' in value) || typeof value.id !== 'string') return;
    const kind = idKind(value.id);
    if (kind === 'entity') entities.add(value.id);
    else if (kind === 'relation') relations.add(value.id);
  };
  for (const row of rows) row.forEach(visit);
  return { entities: [...entities], relations: [...relations] };
}
