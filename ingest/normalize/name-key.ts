/**
 * The key of an entity known only by its name: what makes "Vigie Labs" in one document and
 * "فيجي لابز" in another one node when no gazetteer or indicator identifies it. Every
 * extractor keys such names here, so their nodes meet.
 */
import { foldKey } from './fold.ts';
import { phoneticKey } from './transliterate.ts';

export function nameKey(name: string): string {
  return `name:${phoneticKey(name) || foldKey(name)}`;
}
