/**
 * What the store has learnt from STIX bundles, for the documents ingested after them: the
 * names of every bundle it holds, read again from the bundles' own text (their `source` marks
 * them), so a name joins the gazetteer exactly as long as its bundle is in the store.
 */
import type { KnownName } from '../ingest/extractor.ts';
import { knownNamesOfBundle, STIX_SOURCE } from '../ingest/formats/stix.ts';
import { IngestError } from '../ingest/types.ts';
import type { GraphStore } from '../store/graph-store.ts';

export async function storeKnownNames(store: GraphStore): Promise<KnownName[]> {
  const bundles = (await store.listDocuments())
    .filter((document) => document.source === STIX_SOURCE)
    .map((document) => document.id)
    .sort();
  const names: KnownName[] = [];
  for (const id of bundles) {
    const document = await store.getDocument(id);
    if (document === undefined) continue;
    try {
      names.push(...knownNamesOfBundle(document.uri, document.text));
    } catch (error) {
      // A text that merely carries the bundles' source name is no bundle: it teaches nothing.
      if (!(error instanceof IngestError)) throw error;
    }
  }
  return names;
}
