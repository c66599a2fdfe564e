/**
 * What the rule modules pass between each other: typed candidate mentions before resolution,
 * and resolved entities with their mentions.
 */
import type { EntityType } from '../../graph-schema/schema.ts';
import type { Span } from '../types.ts';

/** Which finder produced a candidate; decides who wins when two candidates overlap. */
export type CandidateSource = 'indicator' | 'gazetteer' | 'cue' | 'acronym' | 'name' | 'event';

export interface Candidate extends Span {
  /** The exact text at [start, end). */
  surface: string;
  type: EntityType;
  source: CandidateSource;
  /** Display name this finder suggests (the surface without articles, quotes, titles...). */
  name: string;
  /** Resolution key when the finder knows it (gazetteer id, indicator value). */
  key?: string;
  aliases?: readonly string[];
  externalIds?: readonly string[];
  /** Why this span is an entity of this type, for mergeReasons. */
  reason: string;
  /** The cue phrase that introduced the name, when a cue did. */
  cue?: Span;
  /**
   * A civility or a rank stands right before the name ("M. Paris", "le cardinal Mathieu"): a
   * person, even where a place bears the same name; or a noun for a ship or for boarding one ("le
   * vapeur Bretagne", "embarque sur la Provence"): a ship.
   */
  titled?: boolean;
  /**
   * The text gives the name here to what it reports ("a backdoor we named X"): its other
   * mentions in the document are of the same type (./introduced-names.ts).
   */
  introduced?: boolean;
  /** Real web sites of the entity (gazetteer), to tell them apart from look-alikes. */
  domains?: readonly string[];
  /**
   * Made of ordinary words ("وزارة الصحة"), not transliterated: one letter more or less is
   * another word, so the name is never taken for a spelling variant of a known one.
   */
  exactSpelling?: boolean;
  /**
   * The name is that of a place of its own, named after a known one inside it ("Gulf of Oman",
   * "District of Columbia"): it never takes the identity of the name inside.
   */
  ownPlace?: boolean;
  /**
   * A person only by the shape of its words ("two or three capitalised name words"), no cue and
   * no given name: a list of organisations it stands in makes it one more (./names-latin.ts).
   */
  typedByShape?: boolean;
}

export interface ResolvedMention extends Span {
  surface: string;
}

export interface ResolvedEntity {
  key: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  externalIds: Set<string>;
  mergeReasons: Set<string>;
  mentions: ResolvedMention[];
  /** Whether the gazetteer knows the entity (its key is then a gazetteer id). */
  known: boolean;
  domains: readonly string[];
}

/** A mention after resolution: where it is and which entity it names. */
export interface EntityMention extends Span {
  surface: string;
  entity: ResolvedEntity;
  /** A referring phrase ("ce groupe") standing for the entity, not its name. */
  anaphoric?: boolean;
  /** The other entities a plural reference ("the two groups") stands for beside `entity`. */
  alsoFor?: readonly ResolvedEntity[];
  /**
   * The reference stands for a name the text gives after it ("a malicious campaign ... This
   * campaign is attributed to X"): the claim under which it is named is that later one.
   */
  forward?: boolean;
  /**
   * An incident told by its unnamed intruders' deed ("Hackers stole files from X"): the
   * intruders, not the incident, are the subject of a verb after it ("... and hit Y").
   */
  deed?: boolean;
}
