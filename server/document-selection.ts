/**
 * Which stored documents `evigraph remove PATH|ID…` means: a document id, or a source as
 * `ingest` recorded it (a file's path; the records of a JSON Lines file or a feed carry the
 * file's path before `#`), or a folder holding such files.
 */
import type { DocumentSummary } from '../store/graph-store.ts';

export interface Selection {
  ids: string[];
  /** Arguments that matched no stored document. */
  unmatched: string[];
}

function matches(argument: string, document: DocumentSummary): boolean {
  if (document.id === argument || document.uri === argument) return true;
  const folder = argument.replace(/\/+$/, '');
  return document.uri.startsWith(`${argument}#`) || document.uri.startsWith(`${folder}/`);
}

export function selectDocuments(args: readonly string[], documents: readonly DocumentSummary[]): Selection {
  const ids = new Set<string>();
  const unmatched: string[] = [];
  for (const argument of args) {
    const found = documents.filter((document) => matches(argument, document));
    if (found.length === 0) unmatched.push(argument);
    for (const document of found) ids.add(document.id);
  }
  return { ids: [...ids].sort(), unmatched };
}
