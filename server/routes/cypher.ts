/** Read-only Cypher for the console and for tools: capped rows, bounded time. */
import { Router } from 'express';
import { z } from 'zod';
import type { GraphStore } from '../../store/graph-store.ts';
import { parseInput } from '../validate.ts';

export interface CypherLimits {
  maxRows: number;
  timeoutMs: number;
}

const cypherBody = z.object({
  query: z.string().trim().min(1, 'give a Cypher query').max(100_000),
  params: z.record(z.string(), z.unknown()).optional(),
  /** Fewer rows than the server's cap; more are not given. */
  maxRows: z.number().int().positive().optional(),
});

export function cypherRoutes(store: GraphStore, limits: CypherLimits): Router {
  const router = Router();
  router.post('/cypher', async (req, res) => {
    const { query, params, maxRows: asked } = parseInput(cypherBody, req.body, 'Cypher request');
    const maxRows = Math.min(asked ?? limits.maxRows, limits.maxRows);
    // One row more than the cap tells whether anything was cut.
    const result = await store.cypher(query, {
      ...(params ? { params } : {}),
      maxRows: maxRows + 1,
      timeoutMs: limits.timeoutMs,
    });
    const truncated = result.rows.length > maxRows;
    res.json({ columns: result.columns, rows: result.rows.slice(0, maxRows), truncated });
  });
  return router;
}
