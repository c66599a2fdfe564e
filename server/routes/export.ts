/** GET /api/export?format=: the whole graph in one of the export formats, as a download (graph-json streamed). */
import { Router, type Response } from 'express';
import { z } from 'zod';
import type { GraphStore } from '../../store/graph-store.ts';
import { CSV_TABLES } from '../export/csv.ts';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, unknownFormatMessage } from '../export/index.ts';
import { writeGraphJson } from '../export/graph-json.ts';
import { parseInput } from '../validate.ts';

const exportQuery = z.object({
  format: z
    .enum(EXPORT_FORMAT_NAMES, { error: (issue) => unknownFormatMessage(String(issue.input)) })
    .default('graph-json'),
  table: z.enum(CSV_TABLES).default('nodes'),
});

/** Writes `text`, waiting while the client is behind; fails if the client has gone. */
async function sent(res: Response, text: string): Promise<void> {
  if (res.destroyed) throw new Error('the client closed the export');
  if (res.write(text)) return;
  await new Promise<void>((resolve, reject) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      if (res.destroyed) reject(new Error('the client closed the export'));
      else resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

export function exportRoutes(store: GraphStore): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    const { format, table } = parseInput(exportQuery, req.query, 'export parameters');
    const spec = EXPORT_FORMATS[format];
    const name = format === 'csv' ? `evigraph-${table}` : 'evigraph';
    // attachment() also sets a type from the file name, no help for .gexf or .cyjs: type goes last.
    res.attachment(`${name}.${spec.extension}`).type(`${spec.mediaType}; charset=utf-8`);
    if (format !== 'graph-json') {
      res.send(spec.render(await store.exportGraph(), table));
      return;
    }
    // The lossless export is sent as the store reads it, so a large graph is never one string.
    await writeGraphJson(store, (text) => sent(res, text));
    res.end();
  });
  return router;
}
