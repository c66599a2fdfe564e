/** Read-only views of the graph: stats, schema, search, entities, edges, overview, paths. */
import { Router } from 'express';
import { z } from 'zod';
import { ENTITY_TYPES, isEntityType, type EntityType } from '../../graph-schema/schema.ts';
import { DEFAULT_EVIDENCE_HITS, MAX_EVIDENCE_HITS, MIN_EVIDENCE_QUERY } from '../../store/evidence-search.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import {
  DEFAULT_DETAIL_LIMIT,
  DEFAULT_EVIDENCE_PAGE,
  MAX_DETAIL_LIMIT,
  MAX_EVIDENCE_PAGE,
} from '../../store/query-limits.ts';
import { notFound } from '../api-error.ts';
import { searchEntities } from '../search-entities.ts';
import { schemaInfo } from '../schema-info.ts';
import { parseInput } from '../validate.ts';

const limit = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

/** `types=Person,Organization` or `types=Person&types=Organization`. */
const entityTypeList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value, context): EntityType[] | undefined => {
    if (value === undefined) return undefined;
    const names = (Array.isArray(value) ? value : [value])
      .flatMap((part) => part.split(','))
      .map((name) => name.trim())
      .filter((name) => name !== '');
    const unknown = names.filter((name) => !isEntityType(name));
    if (unknown.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `unknown entity type ${unknown.join(', ')}; known: ${ENTITY_TYPES.map((t) => t.name).join(', ')}`,
      });
      return z.NEVER;
    }
    return names.length > 0 ? (names as EntityType[]) : undefined;
  });

const searchQuery = z.object({
  q: z.string().trim().min(1, 'give a search text in q'),
  types: entityTypeList,
  limit: limit(20, 200),
});
const evidenceSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .refine(
      (text) => [...text].length >= MIN_EVIDENCE_QUERY,
      `give at least ${MIN_EVIDENCE_QUERY} characters in q`,
    ),
  limit: limit(DEFAULT_EVIDENCE_HITS, MAX_EVIDENCE_HITS),
});
/**
 * `edges=summary` answers what a canvas draws: each edge's summary instead of its evidence;
 * the default, `preview` (`evidence`, its earlier name, is read the same), adds each edge's
 * first sentences. The rest of an edge's evidence comes in pages from `/edges/:id`, and the
 * whole of a drawn part from `POST /graph/fragment`.
 */
const edgeDetail = z
  .enum(['preview', 'evidence', 'summary'])
  .default('preview')
  .transform((detail) => (detail === 'summary' ? 'summary' : 'preview'));
const offset = z.coerce.number().int().min(0).default(0);
const detailsQuery = z.object({ limit: limit(DEFAULT_DETAIL_LIMIT, MAX_DETAIL_LIMIT), offset });
const edgeQuery = z.object({ limit: limit(DEFAULT_EVIDENCE_PAGE, MAX_EVIDENCE_PAGE), offset });
const overviewQuery = z.object({ limit: limit(300, 5000), edges: edgeDetail });
const neighborsQuery = z.object({
  edges: edgeDetail,
  limit: limit(50, 500),
  offset,
  depth: z.coerce
    .number()
    .int()
    .min(1)
    .max(2)
    .default(1)
    .transform((depth) => depth as 1 | 2),
});
/** As many as a start view of the largest limit could draw. */
const MAX_FRAGMENT_NODES = 5000;
const MAX_FRAGMENT_EDGES = 50_000;
const fragmentBody = z.object({
  nodes: z.array(z.string().min(1)).max(MAX_FRAGMENT_NODES),
  edges: z.array(z.string().min(1)).max(MAX_FRAGMENT_EDGES),
});
const pathsQuery = z.object({
  from: z.string().min(1, 'give the start entity id in from'),
  to: z.string().min(1, 'give the end entity id in to'),
  maxLength: z.coerce.number().int().min(1).max(8).default(4),
  edges: edgeDetail,
});

export function graphRoutes(store: GraphStore): Router {
  const router = Router();

  router.get('/stats', async (_req, res) => {
    res.json(await store.stats());
  });

  router.get('/schema', (_req, res) => {
    res.json(schemaInfo());
  });

  router.get('/search', async (req, res) => {
    const { q, types, limit } = parseInput(searchQuery, req.query, 'search parameters');
    const results = await searchEntities(store, q, { limit, ...(types ? { types } : {}) });
    res.json({ results });
  });

  router.get('/search/evidence', async (req, res) => {
    const { q, limit } = parseInput(evidenceSearchQuery, req.query, 'evidence search parameters');
    res.json({ results: await store.searchEvidence(q, { limit }) });
  });

  router.get('/entities/:id', async (req, res) => {
    const page = parseInput(detailsQuery, req.query, 'entity parameters');
    const details = await store.entityDetails(req.params.id, page);
    if (!details) throw notFound(`no entity with id ${req.params.id}`);
    res.json(details);
  });

  router.get('/entities/:id/neighbors', async (req, res) => {
    const { limit, offset, depth, edges } = parseInput(neighborsQuery, req.query, 'neighbors parameters');
    const fragment = await store.neighbors(req.params.id, { limit, offset, depth }, edges);
    if (!fragment.nodes.some((node) => node.id === req.params.id)) await requireEntity(store, req.params.id);
    res.json(fragment);
  });

  router.get('/edges/:id', async (req, res) => {
    const page = parseInput(edgeQuery, req.query, 'relation parameters');
    const details = await store.edgeDetails(req.params.id, page);
    if (!details) throw notFound(`no relation with id ${req.params.id}`);
    res.json(details);
  });

  router.get('/graph', async (req, res) => {
    const { limit, edges } = parseInput(overviewQuery, req.query, 'graph parameters');
    res.json(await store.overview(limit, edges));
  });

  // The drawn part of the graph in full (evidence and documents), as a view's export needs it.
  router.post('/graph/fragment', async (req, res) => {
    const { nodes, edges } = parseInput(fragmentBody, req.body, 'fragment request');
    res.json(await store.fragment(nodes, edges));
  });

  router.get('/paths', async (req, res) => {
    const { from, to, maxLength, edges } = parseInput(pathsQuery, req.query, 'path parameters');
    await requireEntity(store, from);
    await requireEntity(store, to);
    res.json(await store.paths(from, to, maxLength, edges));
  });

  return router;
}

/** Looks the entity up by its id alone: its details would read every relation of a hub. */
async function requireEntity(store: GraphStore, id: string): Promise<void> {
  if ((await store.fragment([id], [])).nodes.length === 0) throw notFound(`no entity with id ${id}`);
}
