/**
 * What the store has learnt from STIX bundles, for the documents ingested after them: the
 * names of every bundle it holds, read again from the bundles' own text (their `source` marks
 * them), so a name joins the gazetteer exactly as long as its bundle is in the store.
 */
import type { KnownName } from '../ingest/extractor.ts';
import { knownNamesOfBundle, STIX_SOURCE } from '../ingest/formats/stix.ts';
import { IngestError } from '../ingest/types.ts';
import type { GraphStore } from '../store/graph-store.ts';

export class KnownNames {
  private readonly store: GraphStore;
  /**
   * The names of the last set of bundles read. A document's id is the hash of its text, so
   * the same ids are the same bundles: a run after an upload of one article does not read and
   * parse every bundle again.
   */
  private last: { bundles: string; names: KnownName[] } | undefined;

  constructor(store: GraphStore) {
    this.store = store;
  }

  async read(): Promise<KnownName[]> {
    const bundles = (await this.store.listDocuments())
      .filter((document) => document.source === STIX_SOURCE)
      .map((document) => document.id)
      .sort();
    const key = bundles.join(' ');
    if (this.last?.bundles === key) return this.last.names;
    const names: KnownName[] = [];
    for (const id of bundles) {
      const document = await this.store.getDocument(id);
      if (document === undefined) continue;
      try {
        names.push(...knownNamesOfBundle(document.uri, document.text));
      } catch (error) {
        // A text that merely carries the bundles' source name is no bundle: it teaches nothing.
        if (!(error instanceof IngestError)) throw error;
      }
    }
    this.last = { bundles: key, names };
    return names;
  }
}
