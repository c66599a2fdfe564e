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
import type { Modality } from '../../../graph-schema/schema.ts';

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

/**
 * What the extractor must make of a name example: a mention of `name`, as written, of `type`;
 * `none` when no entity may be found there (a term that only looks like a name).
 */
export interface NameExpectation {
  name: string;
  type: 'Person' | 'Organization' | 'Location' | 'Malware' | 'ThreatActor' | 'none';
}

export type NamePattern = Pattern<NameExpectation>;

/**
 * The words around names in a Latin-script language (ingest/rules/names-latin.ts reads them):
 * each list may be empty where the language has no such words.
 */
export interface NameVocabulary {
  lang: PackLanguage;
  /**
   * Civilities written before a surname, spelled as written and matched with their case ("M.",
   * "Mme", "MM."), OCR misreadings of them included: the capitalised word after one (or after
   * its particle, "M. de Lanessan") is a person's name.
   */
  civilities: readonly NamePattern[];
  /** Plural civilities ("MM.", "Mmes"): every name of the list after one is a person's. */
  pluralCivilities: readonly NamePattern[];
  /**
   * Given names (facts, as data): a capitalised word after one is a surname, so the two are a
   * person's name even where capitals say nothing, at the start of a sentence.
   */
  firstNames: readonly NamePattern[];
  /**
   * Capitalised head words of organisation names ("Compagnie des Forges", "Faculté de
   * Rennes"), beside the shared ones of ingest/rules/cues.ts.
   */
  organisationHeads: readonly NamePattern[];
  /** Head words that name one body of a state on their own ("la Chambre", "l'État"). */
  bodiesByHead: readonly NamePattern[];
  /** Lower-case ranks and callings before a surname ("le colonel X", "l'abbé X"). */
  titles: readonly NamePattern[];
  /** Street words: "rue de Siam", "place Saint-Melaine" name a place, street word included. */
  streets: readonly NamePattern[];
  /**
   * Acronyms and title-case terms of computing ("DNS", "PDF", "Dynamic Link Library"): a
   * capitalised term that names a technology, never an organisation.
   */
  technicalTerms: readonly NamePattern[];
  /**
   * Nouns for the organs of a state, lower case ("government", "military", "gouvernement"):
   * with a state's name or adjective ("the Iranian government", "the government of Iran", "le
   * gouvernement russe") they name an organisation of that state.
   */
  stateBodies: readonly NamePattern[];
}
