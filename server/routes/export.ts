/** GET /api/export?format=: the whole graph in one of the export formats, as a download. */
import { Router } from 'express';
import { z } from 'zod';
import type { GraphStore } from '../../store/graph-store.ts';
import { CSV_TABLES } from '../export/csv.ts';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, unknownFormatMessage } from '../export/index.ts';
import { parseInput } from '../validate.ts';

const exportQuery = z.object({
  format: z
    .enum(EXPORT_FORMAT_NAMES, { error: (issue) => unknownFormatMessage(String(issue.input)) })
    .default('graph-json'),
  table: z.enum(CSV_TABLES).default('nodes'),
});

export function exportRoutes(store: GraphStore): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    const { format, table } = parseInput(exportQuery, req.query, 'export parameters');
    const spec = EXPORT_FORMATS[format];
    const body = spec.render(await store.exportGraph(), table);
    const name = format === 'csv' ? `evigraph-${table}` : 'evigraph';
    // attachment() also sets a type from the file name, no help for .gexf or .cyjs: type goes last.
    res.attachment(`${name}.${spec.extension}`).type(`${spec.mediaType}; charset=utf-8`).send(body);
  });
  return router;
}
