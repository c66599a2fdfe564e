/**
 * The shape of gazetteer entries, as the generated and curated files hold them and as the
 * loader hands them out.
 */
import type { LanguageTag } from '../../graph-schema/model.ts';
import type { EntityType } from '../../graph-schema/schema.ts';

export interface GazetteerEntry {
  /** Stable identity across documents: `mitre-attack:G0007`, `iso3166:RU`, `curated:gru`. */
  key: string;
  type: EntityType;
  /** Canonical display name. */
  name: string;
  /** Every other name and spelling, in any script (the name itself excluded). */
  aliases: string[];
  /** The subset of `aliases` (or the name) that are ordinary words: matched only with a cue nearby. */
  contextOnly: string[];
  /**
   * Adjectives and inhabitant names that point to this entry ("russe", "الروسية",
   * "new-yorkaise"). A demonym says something is of a place; it is not a mention of the place.
   */
  demonyms: string[];
  /** `scheme:value`, e.g. `mitre-attack:G0007`. */
  externalIds: string[];
  /** The entity's own websites (registrable domains), which are not indicators. */
  domains: string[];
  /** Keys of the people who founded the organisation: their campaign or team is the organisation. */
  founders?: string[];
  /**
   * Short forms a host may spell instead of the brand's name ("1drv" for OneDrive, "msft" for
   * Microsoft): a look-alike host writing one imitates the brand.
   */
  shortForms?: string[];
  /** The key of the organisation whose product or service this brand is: who imitates one imitates both. */
  ownedBy?: string;
  /**
   * The languages whose text names the entry, when only some do: a small French commune
   * ("Roche") is named in French; in an English report the same word is a company's name.
   */
  languages?: LanguageTag[];
}

/** The generated threat-actor file: attribution first, then the entries. */
export interface ThreatActorFile {
  notice: string;
  sources: string[];
  entries: GazetteerEntry[];
}

/** A generated file of places (ingest/gazetteer/build-french-places.ts): provenance, then the entries. */
export interface GeneratedPlaceFile {
  notice: string;
  sources: string[];
  entries: GazetteerEntry[];
}

/** A hand-written entry: names grouped by language, optional extras. */
export interface CuratedEntry {
  key: string;
  type: EntityType;
  name: string;
  ar?: string[];
  fr?: string[];
  en?: string[];
  contextOnly?: string[];
  demonyms?: { ar?: string[]; fr?: string[]; en?: string[] };
  externalIds?: string[];
  domains?: string[];
  founders?: string[];
  shortForms?: string[];
  ownedBy?: string;
}

/** Names (and for places, demonyms) added to entries that come from elsewhere, by key. */
export interface OverlayEntry {
  key: string;
  /** A better display name than the source's (the ISO tables say "Russian Federation"). */
  name?: string;
  ar?: string[];
  fr?: string[];
  en?: string[];
  demonyms?: { ar?: string[]; fr?: string[]; en?: string[] };
}
