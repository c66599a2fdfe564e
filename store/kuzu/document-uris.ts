/**
 * Where each stored document came from (its uri), kept in memory by the store that writes it.
 * The engine indexes a table by its primary key only (a document's id, a digest of its text),
 * so finding the documents held at some uris, which every group of writes asks
 * (document-versions.ts), was a scan of the whole Document table: a cost that grew with the
 * store. The pairs are read once, at the first write, and then changed with each write in the
 * same transaction; a write that fails (its transaction rolled back) or any other change of the
 * documents (a deletion, a bulk load) makes the store read them again when next asked.
 */
import type { DocumentRecord } from '../../graph-schema/model.ts';
import type { StoredVersion } from '../document-versions.ts';
import { asString } from '../row-values.ts';
import type { Session } from './connection.ts';
import { DOCUMENT } from './labels.ts';

/** What the writes of one transaction ask of the stored uris and tell them. */
export interface DocumentUriLookup {
  /** The stored documents at these uris. */
  at(uris: readonly string[]): Promise<StoredVersion[]>;
  /** The document left the store. */
  deleted(documentId: string): void;
  /** The documents were written (a document's uri is set again when it is rewritten). */
  written(documents: readonly DocumentRecord[]): void;
}

export class DocumentUris {
  /** Document id → uri, as the store holds them; undefined until read. */
  private uriOf: Map<string, string> | undefined;
  /** Uri → ids of the documents held there (one, unless a store written long ago holds more). */
  private idsAt = new Map<string, Set<string>>();

  /** The lookup for a write transaction on `session`, the pairs read first if not known. */
  async lookup(session: Session): Promise<DocumentUriLookup> {
    if (!this.uriOf) {
      const rows = await session.run(`MATCH (d${DOCUMENT}) RETURN d.id AS id, d.uri AS uri`);
      this.uriOf = new Map();
      this.idsAt = new Map();
      for (const row of rows) this.place(asString(row.id), asString(row.uri));
    }
    return {
      at: (uris) => Promise.resolve(this.at(uris)),
      deleted: (documentId) => this.remove(documentId),
      written: (documents) => {
        for (const document of documents) {
          this.remove(document.id);
          this.place(document.id, document.uri);
        }
      },
    };
  }

  /** Read again when next asked: the store's documents changed by another way, or a write failed. */
  forget(): void {
    this.uriOf = undefined;
    this.idsAt = new Map();
  }

  private at(uris: readonly string[]): StoredVersion[] {
    return [...new Set(uris)].flatMap((uri) => [...(this.idsAt.get(uri) ?? [])].map((id) => ({ id, uri })));
  }

  /** A document without a uri is stored with none (null), which no lookup finds. */
  private place(id: string, uri: string): void {
    if (uri === '') return;
    this.uriOf?.set(id, uri);
    const ids = this.idsAt.get(uri) ?? new Set<string>();
    ids.add(id);
    this.idsAt.set(uri, ids);
  }

  private remove(id: string): void {
    const uri = this.uriOf?.get(id);
    if (uri === undefined) return;
    this.uriOf?.delete(id);
    const ids = this.idsAt.get(uri);
    ids?.delete(id);
    if (ids?.size === 0) this.idsAt.delete(uri);
  }
}
