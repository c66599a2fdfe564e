/**
 * The shape of a language pack: the words the extractor looks for in one language, as data.
 * A pack holds one list per concept; each list is made of patterns, and each pattern carries
 * the phrases it stands for (in the inflection shorthand, see ./shorthand.ts) and at least one
 * sentence of our own with what the extractor must make of it. The loader (./index.ts) checks
 * a pack and expands its shorthand; rule modules read the expanded lists from it.
 *
 * Only the claim vocabulary lives here so far. Relation triggers, role nouns, incident nouns
 * and name cues are meant to join as further concepts of `LanguagePack`, each a list of
 * `Pattern`s with their own example expectations.
 */
import type { EntityType, Modality } from '../../../graph-schema/schema.ts';

export type PackLanguage = 'ar' | 'fr' | 'en';

/** What the extractor must make of an example sentence. */
export interface ClaimExpectation {
  /** The modality of at least one relation stated in the sentence. */
  modality: Modality;
  /** Who that relation is asserted by, as written ("Microsoft, Google" for several); absent: the article's own word. */
  claimant?: string;
}

export interface Example<Expectation> {
  /** A sentence written by us (never copied from a source), in the pack's language. */
  text: string;
  expect: Expectation;
  /** Why the extractor does not get this one right yet; the example test then expects it to fail. */
  gap?: string;
}

export interface Pattern<Expectation> {
  /** Phrases in the inflection shorthand ("lié(e)(s) à|au|aux", "a|avait|avaient affirmé"). */
  phrases: readonly string[];
  examples: readonly [Example<Expectation>, ...Array<Example<Expectation>>];
  /** Verbs of saying only: whether a capitalised name right before or after it is a person's. */
  marksSpeaker?: boolean;
}

export type ClaimPattern = Pattern<ClaimExpectation>;

/** How a sentence frames what it states, and who vouches for it. */
export interface ClaimVocabulary {
  /** "selon X", "according to X", "بحسب X": the claimant follows. */
  sources: readonly ClaimPattern[];
  /** Verbs of saying: the claimant is their subject. */
  saying: readonly ClaimPattern[];
  /** Hedges: what follows is suspected, not asserted. */
  hedges: readonly ClaimPattern[];
  /**
   * A verb of saying negated or declined ("has not confirmed", "n'a pas confirmé", "لم يؤكد"):
   * its subject speaks but vouches for nothing, so what follows is only suspected.
   */
  unconfirmed: readonly ClaimPattern[];
  /** Verbs of denial: their subject denies what follows. */
  denials: readonly ClaimPattern[];
  /** Negations right before a predicate deny it. */
  negations: readonly ClaimPattern[];
  /** Concessions open a clause of their own up to the next comma. */
  concessions: readonly ClaimPattern[];
  /**
   * Words that open a clause before the main one ("après avoir", "after"): a verb of saying
   * right after them has the main clause's subject, after the comma, as its claimant.
   */
  participles: readonly ClaimPattern[];
  /**
   * Relative pronouns ("which", "que"): a name between one and a relation's words is who
   * states the relation ("X, which Microsoft links to Y").
   */
  relatives: readonly ClaimPattern[];
  /**
   * A noun for an unnamed speaker and the preposition before their employer ("un analyste
   * de", "a researcher at", "باحث في"): the employer then speaks, and is no argument.
   */
  unnamedSpeakers: readonly ClaimPattern[];
  /**
   * A sentence that carries on the previous claimant's account: a subject standing for them
   * ("l'expert", "the company") and a verb of saying that goes on ("ajoute", "added"); in a
   * verb-first language the verb may also stand alone ("وأضاف").
   */
  continuation: {
    subjects: readonly string[];
    verbs: readonly string[];
    verbsAlone?: readonly string[];
    examples: readonly [Example<ClaimExpectation>, ...Array<Example<ClaimExpectation>>];
  };
}

export interface LanguagePack {
  lang: PackLanguage;
  /** Whether a clause's verb usually comes before its subject (Arabic), which decides where a claimant is looked for. */
  verbFirst: boolean;
  claims: ClaimVocabulary;
}

/** The concepts of the claim vocabulary that are cues of a modality. */
export type ClaimConcept = Exclude<
  keyof ClaimVocabulary,
  'continuation' | 'participles' | 'relatives' | 'unnamedSpeakers'
>;

/** What the extractor must find in a name example: these spans with these types, and none of `notEntities`. */
export interface NameExpectation {
  entities: ReadonlyArray<{ surface: string; type: EntityType }>;
  /** Phrases that look like names to a careless reader and must not become entities. */
  notEntities?: readonly string[];
}

/**
 * Arabic name vocabulary (lang/ar/names.ts). Without capital letters, a name is found by the
 * word before it or by its first word; each list says which.
 */
export interface ArabicNameVocabulary {
  /** Nouns that open an organisation's name and belong to it ("وزارة", "بلدية"), with or without the article. */
  organisationHeads: readonly string[];
  /** Nouns that say the name after them is a place ("مدينة", "قرية"); the noun is not part of the name. */
  placeHeads: readonly string[];
  /** Nouns with the article that open a state's name with its adjectives ("المملكة الأردنية"). */
  statePlaceHeads: readonly string[];
  /** Titles right before a person's name, beside the cues of rules/cues.ts. */
  personTitles: readonly string[];
  /** Common given names: one opens a person's full name. */
  givenNames: readonly string[];
  /** Given names that are also everyday words: they need a second name word to count. */
  givenNamesAlsoWords: readonly string[];
  /** Directions that place one name relative to another: a name does not run past them. */
  directions: readonly string[];
  kunyas: readonly string[];
  lineage: readonly string[];
  servantOf: string;
  examples: readonly [Example<NameExpectation>, ...Array<Example<NameExpectation>>];
}
