/**
 * The shape of a language pack: the words the extractor looks for in one language, as data.
 * A pack holds one list per concept; each list is made of patterns, and each pattern carries
 * the phrases it stands for (in the inflection shorthand, see ./shorthand.ts) and at least one
 * sentence of our own with what the extractor must make of it. The loader (./index.ts) checks
 * a pack and expands its shorthand; rule modules read the expanded lists from it.
 *
 * A pack holds the claim vocabulary, the words of each relation trigger, the names of an
 * incident after its victim, role nouns, and the capitalised words that are never names. What a trigger
 * means whatever the language (its relation types, which side each argument sits on, its word
 * class...) is written once, in ingest/rules/triggers.ts, under the same id.
 */
import type { EntityType, Modality, RelationType } from '../../../graph-schema/schema.ts';

export type PackLanguage = 'ar' | 'fr' | 'en';

/** What the extractor must make of an example sentence. */
export interface ClaimExpectation {
  /**
   * The modality of at least one relation stated in the sentence; `unstated` for a sentence
   * that raises relations without stating any (a question, a condition): none is found, but
   * what an incident's own designation says ("the attack on X" targeted X).
   */
  modality: Modality | 'unstated';
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
  /**
   * Verbs of saying only: the name right after it is whom it is said to ("told Reuters") or of
   * ("charged X with"), never its speaker.
   */
  namesListener?: boolean;
  /**
   * Verbs of saying and negations only: words right after the cue that give it another sense, so
   * that it is no cue ("the office reports to the ministry": whom a body answers to, a relation
   * trigger; "لا يزال", "still", negates nothing).
   */
  notBefore?: readonly string[];
  /**
   * Verbs of saying only: words right before the verb that make it a passive whose subject is no
   * speaker ("X was indicted": X is the accused, and says nothing).
   */
  notAfter?: readonly string[];
  /**
   * Verbs of saying or denial only: a gerund or participle whose subject is the main clause's,
   * before it even across a comma ("Microsoft a publié un rapport, en révélant que", "أصدر
   * الكرملين بيانا، نافيا أن"), never a name after it.
   */
  subjectBefore?: boolean;
  /**
   * Relative pronouns only: the pronoun of the object ("que"), so the words between it and the
   * verb after are that verb's subject ("X, que plusieurs gouvernements rattachent au GRU").
   */
  objectCase?: boolean;
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
   * Verbs of suspecting or guessing ("X suspects that", "X soupçonne Y d'avoir", "رجحت X أن"):
   * what follows is suspected, and their subject, when the sentence names one, holds the
   * suspicion ("it is suspected", "يُرجَّح أن" name no one).
   */
  suspicions: readonly ClaimPattern[];
  /**
   * A verb of saying negated or declined ("has not confirmed", "n'a pas confirmé", "لم يؤكد"):
   * its subject speaks but vouches for nothing, so what follows is only suspected.
   */
  unconfirmed: readonly ClaimPattern[];
  /** Verbs of denial: their subject denies what follows. */
  denials: readonly ClaimPattern[];
  /**
   * Verbs of denial in the passive, up to the preposition ("rejected by", "démenti par"): the
   * denier follows, and what the sentence said before is denied.
   */
  passiveDenials: readonly ClaimPattern[];
  /** Negations right before a predicate deny it. */
  negations: readonly ClaimPattern[];
  /**
   * Conjunctions of contrast ("but", "yet", "mais", "بل", "لكن"): a negation before one does not
   * reach past it ("X did not target Y but hacked Z" states the second clause), and after a comma
   * one opens a clause whose verb of saying frames nothing written before it ("X hacked Y, but the
   * bank later blamed an insider"); an example is such a sentence, the clause around the
   * conjunction stated.
   */
  contrasts: readonly ClaimPattern[];
  /**
   * Words of imitation right before the one imitated ("imitating X", "posing as X", "se faisant
   * passer pour X", "تقلد X"): the one imitated is an end of no relation of the clause but the
   * imitation itself (IMPERSONATES); an example is such a sentence, no relation of the one imitated.
   */
  imitations: readonly ClaimPattern[];
  /**
   * A doubt written after the claim it governs ("..., though this could not be confirmed",
   * "... n'a jamais été prouvé", "..., sans que cela ait pu être vérifié"): what the sentence
   * said before it is only suspected, whoever said it.
   */
  laterDoubts: readonly ClaimPattern[];
  /** Concessions open a clause of their own up to the next comma. */
  concessions: readonly ClaimPattern[];
  /**
   * Words that raise a statement without making it ("if", "whether", "no evidence that", "si",
   * "إذا"): what follows in the clause is stated by no one, so no relation comes of it. A
   * sentence that ends with a question mark is read the same way.
   */
  conditions: readonly ClaimPattern[];
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
   * Words of time between a verb of saying and the speaker named after it ("a indiqué mardi
   * l'ANSSI"): they do not part the speaker from the verb.
   */
  timesBeforeSpeaker: readonly ClaimPattern[];
  /**
   * Nouns for an accusation ("the accusations", "les allégations", "الاتهامات"): a denial of one
   * with no incident named after it denies the incident the text named last.
   */
  accusations: readonly ClaimPattern[];
  /**
   * Conjunctions of time that open a later clause naming who made a passive accusation ("اتُّهمت
   * روسيا بالوقوف وراء X، حين قالت لندن إن ..."): the subject of the verb of saying after one is
   * the accuser. Empty in a language whose passive names its agent in the same clause ("by X").
   */
  laterAccusers: readonly ClaimPattern[];
  /**
   * A sentence that carries on the previous claimant's account: a subject standing for them
   * ("l'expert", "the company") and a verb of saying that goes on ("ajoute", "added"); in a
   * verb-first language the verb may also stand alone ("وأضاف"); or a source opening the
   * sentence that stands for them ("According to the researchers, ...", "بحسب الباحثين").
   */
  continuation: {
    subjects: readonly string[];
    verbs: readonly string[];
    verbsAlone?: readonly string[];
    sources?: readonly string[];
    examples: readonly [Example<ClaimExpectation>, ...Array<Example<ClaimExpectation>>];
  };
  /**
   * A personal pronoun and a relative pronoun after a negated subject ("ليست مجموعة X هي التي
   * اخترقت Y"): a cleft, whose relative clause is the negated predicate, not a clause of its own
   * that would end the negation's reach. Empty where the negation sits in the verb group (English,
   * French: "ce n'est pas X qui a piraté Y" is read as a relative of the noun before).
   */
  clefts: readonly ClaimPattern[];
  /**
   * Nouns for a part in what was told ("any involvement", "any role"): a denial of one, with no
   * incident told just before, denies the one actor accused there (rules/denied-accusations.ts).
   */
  involvements: readonly ClaimPattern[];
  /**
   * A verb of calling and the claim it calls something, before the claim's clause ("called the
   * claim that", "وصفت"): with one of `dismissals` later in the sentence ("... a fabrication",
   * "... بأنه لا أساس له"), the subject denies the clause; with any other word ("called the report
   * that ... credible") nothing is denied. Empty in a language with none listed.
   */
  dismissiveCalls: readonly ClaimPattern[];
  /** What a claim is called to dismiss it, after the claim ("a fabrication", "a lie", "بأنه كذب"). */
  dismissals: readonly ClaimPattern[];
  /**
   * Words that open a first account of who is to blame ("initially blamed", "في البداية"): with
   * one of `revisionTurns` later in the sentence ("..., later Iran", "ثم اتهموا"), the blame told
   * before the turn was revised, and is only suspected. Empty in a language with none listed.
   */
  revisionOpenings: readonly ClaimPattern[];
  /** The turn to the revised account, after the first ("later", "ثم اتهموا"). */
  revisionTurns: readonly ClaimPattern[];
  /**
   * An apposition's article and kind noun before a relative clause written without its pronoun
   * ("X, a group Microsoft links to Y"): the name right after states the link, as after
   * `relatives`, and is no part of its end. Empty in a language whose relatives keep the pronoun.
   */
  contactRelatives: readonly ClaimPattern[];
  /**
   * Relative pronouns that open a speaker's clause only when a verb of saying (`saying`) follows
   * within a few words ("X, dont Microsoft affirme qu'il travaille pour Y,"): that clause, up to
   * its closing comma, is the speaker's, named between the pronoun and the verb, and the main
   * clause after it is not. Read as a relative only then, so the possessive "dont" ("X, dont les
   * membres ...") stays as it was. Empty in a language with none.
   */
  sayingRelatives: readonly ClaimPattern[];
}

/**
 * The relation triggers, by the id of their language-independent spec (ingest/rules/triggers.ts
 * holds one spec per id, which the compiler checks).
 */
export const TRIGGER_IDS = [
  'affiliation',
  // "working for": an affiliation that a person's employment may be too.
  'working-for',
  // Acting for another ("on behalf of", "controlled by"): an attribution only, never a part.
  'proxy',
  'linking',
  'responsibility',
  'unstated-responsibility',
  'self-claim',
  'claimed-by',
  'attribution',
  // An incident named, then its agent after "par" ("le piratage de X par Y").
  'incident-by',
  // A verb carrying the deed as its object pronoun ("X نفذه"): the deed is told before it.
  'deed-pronoun',
  'attribution-split',
  'blame',
  'attributed-by',
  'identification',
  'identification-split',
  'accusation',
  'registration',
  'registered-by',
  'use',
  'used-by',
  'use-of',
  'impersonation',
  'targeting',
  // A passive whose agent follows its victim after a word of agency ("استُهدفت X من قبل Y").
  'passive-targeting',
  'purpose',
  // A goal of attack ("with the main goal to compromise X"): the clause's subject set it.
  'goal',
  'theft',
  // Material stolen from a victim, in an actor's hands ("the group leaked data stolen from X").
  'stolen-from',
  // An actor's lures sent to its victims ("sent phishing emails to journalists in X").
  'lures-to',
  // Where an actor's operations bear ("the group focuses on X").
  'focus',
  'opposition',
  'attack-by',
  'targets-of',
  'victim',
  'employment',
  'leadership',
  // A post in the plural ("les dirigeants de"): held by every name of the list before it.
  'shared-leadership',
  'heading',
  'staff-of',
  'conduct',
  'seat-apposition',
  'led-by',
  'led-under',
  'succession',
  'membership',
  'founding',
  'founded-by',
  'part',
  'location',
  'seat',
  'seat-taking',
  'working-at',
  'publication',
  'published-by',
  'resolution',
  'suffering',
  // "X, which Microsoft links to Y": an affiliation said with the verb "link", whose noun ("a
  // link to", "links to a blog post") names no tie between two entities.
  'link-verb',
  // A verb of belonging ("fait partie du GRU"): a statement of the sentence, which its claims frame.
  'belonging',
  // A passive of harm said of what a body holds ("X's network was disrupted by Y").
  'holding-victim',
  // A claim of responsibility for attacks that names their victim ("claimed responsibility for attacks on X").
  'claimed-attacks',
  // A person's part in an incident ("sanctioned X over his role in the hack of Y").
  'personal-role',
  // Lures a victim received from an actor ("staff at X received phishing emails from Y").
  'lures-from',
] as const;

export type TriggerId = (typeof TRIGGER_IDS)[number];

/** A relation an example sentence must give: its ends as written in the sentence. */
export interface RelationExpectation {
  source: string;
  type: RelationType;
  target: string;
}

/** One language's words for one relation trigger. */
export interface TriggerWords {
  /** Phrases in the inflection shorthand. */
  phrases: readonly string[];
  /** Nouns that, a few words before the trigger in the same clause, make it state nothing ("a complaint against X"). */
  notAfter?: readonly string[];
  /**
   * Verbs of finding or telling that, a few words before the trigger in the same clause, make
   * their subject no argument of it ("Microsoft a détaillé une offensive contre X"), unless a
   * name stands between them and the trigger, which is then the argument ("a observé une
   * campagne d'APT29 contre X").
   */
  notAfterUnlessNamed?: readonly string[];
  /** Words right after the trigger that give it another sense ("leads to"). */
  notBefore?: readonly string[];
  /** Words right before the trigger that give it another sense ("highly targeted" is an adjective). */
  notRightAfter?: readonly string[];
  /** Words that must join the two arguments after the trigger ("identified X as Y"). */
  between?: readonly string[];
  /**
   * Accusations only: the words between the verb and the deed it charges, before the deed's
   * article ("accuse X du piratage", "d'être derrière l'attaque"), read where a relative clause
   * leaves the accused before the verb ("l'Iran, qu'il accuse d'être derrière l'attaque").
   */
  deedLinkers?: readonly string[];
  /**
   * Accusations only: the auxiliary of a perfect infinitive there ("d'avoir"), after which the
   * participle of any verb ("d'avoir commandité l'attaque") comes before the deed.
   */
  deedAuxiliaries?: readonly string[];
  examples: readonly [Example<RelationExpectation>, ...Array<Example<RelationExpectation>>];
}

/** A language's words for the relation triggers it has (not every trigger exists in every language). */
export type TriggerVocabulary = Readonly<Partial<Record<TriggerId, TriggerWords>>>;

/** What the extractor must make of an incident example: an Event entity of this name. */
export interface IncidentExpectation {
  event: string;
}

export type IncidentPattern = Pattern<IncidentExpectation>;

/** How a language names an incident after its victim ("le piratage d'En Marche", "the DNC hack"). */
export interface IncidentVocabulary {
  /** Nouns for an incident ("piratage", "breach", "اختراق"), before the word linking them to their victim. */
  nouns: readonly IncidentPattern[];
  /** Adjectives that may come between such a noun and the linking word ("attaque informatique contre"). */
  adjectives: readonly string[];
  /** Words between an incident noun and its victim ("subi par", "of", "استهدفت"). */
  victimLinkers: readonly IncidentPattern[];
  /** Words after a victim that say it underwent an incident ("X was hacked", "X victime d'un piratage"). */
  afterVictim: readonly IncidentPattern[];
  /** Nouns for an incident right after its victim or its malware ("the DNC hack", "the WannaCry attack"). */
  afterName: readonly IncidentPattern[];
  /**
   * Plural nouns for incidents, which name one series of them only with its date ("the 2017
   * cyberattacks on Ukraine"; "attacks on banks" names none).
   */
  datedNouns: readonly IncidentPattern[];
  /**
   * Nouns for what of the victim was hit, between the victim and such an incident noun ("the
   * Ukraine power grid cyberattack", "the Sony Pictures email hack").
   */
  targetNouns: readonly IncidentPattern[];
  /**
   * Words counting the victims a dated designation describes without naming them ("the 2018
   * attacks against multiple Pakistani banks"): such a designation is an incident of its own.
   */
  victimQuantifiers: readonly IncidentPattern[];
  /** Month names, which may open a dated designation before its year ("the December 2015 ... attack"). */
  months: readonly string[];
  /** Words that make what follows them the victim of what comes before ("attacks against X", "visant"). */
  againstVictim: readonly string[];
  /**
   * Prepositions that, right after an incident noun, make what follows its victim ("the attack
   * on X", "الهجوم على X"); a phrase of the proxy trigger opening on one ("on behalf of X") names
   * whom the incident was for instead. Empty in French, whose "sur" says where an incident was
   * told ("revendiqué sur Telegram"): its victim follows `againstVictim`.
   */
  victimPrepositions: readonly string[];
  /**
   * An incident noun and the word for the place or target it hit ("attacks on banks in X"): none
   * of them is a party, unless a party marker follows.
   */
  onVictim: readonly string[];
  /** Words after such an incident that name its party ("attributed the attack on X to Y"). */
  partyMarkers: readonly string[];
  /**
   * Nouns for what an incident stole ("the stolen emails", "les courriels", "الوثائق المسربة"):
   * published, they stand for the incident named last, which the publisher then published.
   */
  leakedMaterial: readonly IncidentPattern[];
  /**
   * Nouns for an election, which is a named public event an incident may hit when its year is
   * written with it ("the 2017 French presidential election", "l'élection présidentielle de
   * 2017"); the example's event is the phrase as written, without its article.
   */
  elections: readonly IncidentPattern[];
  /**
   * Nouns for a reach into something, with the preposition that opens what they reach into
   * ("meddling in", "intrusion into", "ingérence dans"): with that complement they designate an
   * incident of their own ("the meddling in the Harbour elections"), keyed by the phrase;
   * without it ("an intrusion") they designate none.
   */
  intrusionNouns: readonly IncidentPattern[];
  /**
   * Words that end such a complement ("which", "with", "was", "qui"): the complement is the
   * compact noun phrase before the first of them or a punctuation mark, in a few words.
   */
  complementEnds: readonly string[];
  /**
   * Nouns for an incident its victim underwent, the victim named right after the noun as the
   * subject of one of `undergoneVerbs` ("the power outage Moldova suffered", "la panne que la
   * Moldavie a subie"): the incident is a hack of that victim, which the noun names.
   */
  undergoneNouns: readonly IncidentPattern[];
  /** Verbs of undergoing after such a victim ("suffered", "experienced", "a subie"). */
  undergoneVerbs: readonly string[];
  /**
   * Verbs of an incident's happening ("took place", "occurred", "a eu lieu"): the incident named
   * right before one, then a place preposition and a place, happened there ("The intrusion into
   * the payroll system took place in Bergen").
   */
  occurrenceVerbs: readonly Pattern<RelationExpectation>[];
  /**
   * Words that state what there was ("there was", "il y a eu") after a place preposition and a
   * place: the incident named right after them happened there ("In Ohio there was an intrusion
   * into ...").
   */
  existentials: readonly Pattern<RelationExpectation>[];
  /**
   * Words that make their subject the victim of a deed told after them ("was the victim of",
   * "the target of", "a subi", "victime d'", "ضحية"), with an article if one may follow: the
   * deed, one of `agentDeeds`, and one of `agentLinkers` name its author ("victim of an attack
   * by Y"), to whom the document's one incident is then attributed (rules/incident-agents.ts).
   * An example is a report of an incident, then such a sentence.
   */
  agentVictims: readonly Pattern<RelationExpectation>[];
  /** The deeds such a victim suffered ("attack", "campaign", "opération", "حملة"). */
  agentDeeds: readonly string[];
  /** The words after such a deed, maybe qualified, that introduce its author ("carried out by", "menée par", "على يد"). */
  agentLinkers: readonly string[];
  /**
   * Nouns that name an incident after a capitalised Latin name no list knows, often of the
   * software it abused ("the MOVEit campaign", "la campagne MOVEit", "حملة MOVEit"), each pattern
   * with the kind of incident its nouns name: one Event per name and kind ("MOVEit campaign";
   * rules/events.ts). The name comes after one of `namedIncidentDeterminers` and before the noun
   * where the language has them, right after the noun otherwise.
   */
  namedIncidentNouns: readonly NamedIncidentPattern[];
  /**
   * Determiners, as written, that open a name and its noun in a language that puts the name first
   * ("the", "this": "the MOVEit campaign"); empty where the name follows the noun.
   */
  namedIncidentDeterminers: readonly string[];
  /**
   * Words that give an incident its name right after it or after its noun ("the leaks, dubbed X",
   * "l'opération, baptisée « X »", "الحملة التي أطلق عليها اسم X"): the quoted or capitalised name
   * is an alias of the incident told last before it, or with none, of the incident the noun right
   * before names (rules/events.ts). As written, without case.
   */
  incidentNaming: readonly IncidentPattern[];
  /**
   * Nouns for an investigation named after its subject, right before the subject's name ("le
   * projet Pegasus", "Project Pegasus", "مشروع بيغاسوس"), matched without case: an Event "X
   * Project" (rules/events.ts), which did nothing to its subject.
   */
  projectNouns: readonly IncidentPattern[];
  /** The same nouns right after the subject's name, as written ("the Pegasus Project"); none where the noun comes first. */
  projectNounsAfter: readonly IncidentPattern[];
  /**
   * The means of a military strike written right after an attack's victim ("الهجوم على شركة X
   * بطائرات مسيرة"): the attack is a strike, no hack of that victim.
   */
  militaryMeans: readonly string[];
  /**
   * Stems of the words of a text about cyberattacks ("إلكترون", "قراصنة"), matched inside words:
   * in a text with none of them, an attack on a place ("الهجوم على قطاع غزة") is a military one,
   * no hack. Empty: every attack is read as a hack, as before.
   */
  cyberStems: readonly string[];
  /**
   * Unnamed intruders as a clause's subject, without an article ("hackers", "intruders",
   * "someone"): with one of `unnamedIntruderDeeds` after them, the deed is an incident on the
   * victim it names (rules/events.ts). "The hackers" is someone told of before, never matched.
   */
  unnamedIntruders: readonly string[];
  /**
   * Verbs of an intrusion told by what was taken or done ("broke into", "stole", "encrypted",
   * "knocked ... offline"), after one of `unnamedIntruders`: the first victim named within a few
   * words after the verb, past what of it was hit ("the payment systems of X", "files from X"),
   * is the victim of an incident ("Hack of X"), which a later "the attack" refers to.
   */
  unnamedIntruderDeeds: readonly IncidentPattern[];
  /**
   * Words between such intruders and their deed that leave the deed untold ("hackers had not
   * accessed", "hackers may have stolen"): no incident then.
   */
  unnamedIntruderDoubts: readonly string[];
  /**
   * A claim of responsibility with no object ("X claimed responsibility hours later", "X took
   * responsibility"): X claims the one incident told in its sentence or the two before, on its
   * own word (rules/unstated-claims.ts). An example is an incident told, then such a claim.
   */
  objectlessClaims: readonly Pattern<RelationExpectation>[];
  /** Words right after such a phrase that give it an object after all ("for"): the relation rules read it then. */
  claimObjectWords: readonly string[];
  /**
   * Nouns for a person's campaign, team or party ("campaign", "équipe de campagne", "حملة"): before
   * the person's name with one of `personCampaignLinks`, or in English after it ("Ana Brenn's
   * campaign"), they make a hack of them a hack of the person (rules/events.ts); an Arabic one is
   * matched with its spelling variants. An example names such an incident.
   */
  personCampaignNouns: readonly IncidentPattern[];
  /**
   * What joins a campaign noun to the person's name after it: a preposition, maybe with a noun
   * for the candidate ("of the candidate", "du candidat"); in Arabic, which needs no preposition, the
   * candidate's noun alone, optional, with up to three words describing the candidate after it
   * ("حملة المرشح الرئاسي X"; rules/events.ts). An example names such an incident.
   */
  personCampaignLinks: readonly IncidentPattern[];
  /**
   * Words that may qualify a campaign noun after the person's name ("Ana Brenn's presidential
   * campaign"; rules/events.ts). English only; an example names such an incident.
   */
  personCampaignModifiers: readonly IncidentPattern[];
  /**
   * The Games or a World Cup, each phrase with the kind it names, matched as written: right before
   * a host place with one of `gamesPlaceLinks` ("JO de Tokyo", "World Cup in Qatar"), and the
   * English ones right after it ("the Tokyo Olympics"); an Arabic one maybe after the clitics of
   * a noun, with its spelling variants (rules/events.ts). An example names such Games.
   */
  games: readonly GamesPattern[];
  /**
   * The words between the Games and their host place ("de", "au", "in", "في"; an Arabic place
   * may also have "ب" or "ل" glued on). An example names such Games.
   */
  gamesPlaceLinks: readonly IncidentPattern[];
  /**
   * Nouns for what a body holds that an attack reaches, opening a sentence as its subject with
   * their owner after "de" ("Les serveurs de X", "Le site internet de la mairie de Y", "Les
   * données de patients de la clinique Z"), when the sentence then says that they underwent one
   * of `holdingsHit`: the owner underwent an incident, a hack of it, as "X a été victime d'une
   * cyberattaque" says. Empty in a language not yet given them; each example names the incident.
   */
  holdingsOfVictim: readonly IncidentPattern[];
  /** What such holdings underwent, after their owner ("ont été piratés", "a été rendu inaccessible"). */
  holdingsHit: readonly string[];
}

/** Nouns that name an incident after a name, and the kind of incident they name. */
/** The kinds of Games an event may be, one node per family (the Olympics, a season's or not) and host place. */
export type GamesKind =
  'Olympic Games' | 'Winter Olympics' | 'Summer Olympics' | 'Paralympic Games' | 'World Cup';

export interface GamesPattern extends IncidentPattern {
  kind: GamesKind;
}

export interface NamedIncidentPattern extends IncidentPattern {
  kind: 'campaign' | 'breach' | 'hack';
}

/** What the extractor must make of a name example: an entity of this type and name. */
export interface EntityExpectation {
  type: EntityType;
  name: string;
}

/** Words of the posts people hold. */
export interface RoleVocabulary {
  /**
   * Nouns of a post, and verbs of holding one, that open an apposition after a name and make
   * it a person's ("Kettil, chercheur, ...", "Kettil, who heads ..."). The posts that relate
   * their holder to an organisation are relation triggers (employment, leadership...).
   */
  afterName: readonly Pattern<EntityExpectation>[];
  /**
   * Posts written between an organisation and the name of who holds one there ("Mandiant
   * analyst John Hultquist", "Kaspersky's researcher Costin Raiu"): the holder works for the
   * organisation. Empty in a language that names the organisation after the post ("chercheur
   * chez X", "الباحث في X"), which the employment trigger reads.
   */
  betweenEmployerAndName: readonly Pattern<RelationExpectation>[];
  /**
   * Posts of a head written the same way ("Microsoft President Brad Smith", "Quillon Bank chief
   * executive Ana Bryce"): the holder leads the organisation. With a field before the post
   * ("NSA Cybersecurity Director X") the holder heads a part of it and only works for it.
   */
  headsBetweenEmployerAndName: readonly Pattern<RelationExpectation>[];
  /**
   * Nouns for a group's people written right after the group's name ("Unit 99 officers", "APT99
   * members"): the persons listed in apposition to them, at once or after the same noun opening
   * the next sentence ("The officers, A, B and C, ..."), are members of the group. Empty in a
   * language that names the group after its people ("les officiers de X").
   */
  membersAfterName: readonly Pattern<RelationExpectation>[];
  /**
   * Relative words of place that open a clause about an organisation named right before them
   * ("the KGB, in which ...", "le GRU, où ..."), plain.
   */
  placeRelatives: readonly string[];
  /**
   * A career told in such a clause ("the KGB, where Ivan Petrov rose to the rank of colonel"):
   * the person the clause opens on works for the organisation. An example is such a sentence.
   */
  careersInBody: readonly Pattern<RelationExpectation>[];
  /**
   * Verbs of one word by which the subject right before them holds the post after them and its
   * article ("Pierre Morel became the director of X", "est le directeur de X"): after any other
   * one ("met", "rencontre"), that post is the verb's object, someone else's. An example is such
   * a sentence. Empty in a language whose verb comes before its subject.
   */
  postCopulas: readonly Pattern<RelationExpectation>[];
  /**
   * Verbs of running a business ("exploitait", "runs"): the person before the verb runs the named
   * establishment after it and its article, which lies in the town named between them after a
   * place preposition ("qui exploitait à Lorient le café du Commerce"). An example is such a sentence.
   */
  businessesRun: readonly Pattern<RelationExpectation>[];
  /**
   * Words right before a post that say it is no longer held ("ancien", "ex-", "former"): its
   * holder still worked there, but does not speak in the organisation's name now. Plain; empty
   * in a language that writes them after the post.
   */
  formerPosts: readonly string[];
  /**
   * Head nouns of an organisation's name set off by commas right after another of its names
   * ("l'ANSC, l'Agence nationale de cybersécurité,", "the KCSO, the Kestrel Cyber Security
   * Office,"): capitalised, the apposition is an alias of the entity; in lower case it only describes
   * it (rules/appositions.ts). None in Arabic yet; an example is a relation through the alias.
   */
  aliasHeads: readonly Pattern<RelationExpectation>[];
  /**
   * Nouns for a part of an organisation after a description's inner name ("Mandiant, the FireEye
   * incident-response unit"): the name described is `PART_OF` the inner one (rules/appositions.ts).
   * English only; an example is such an apposition.
   */
  partNouns: readonly Pattern<RelationExpectation>[];
  /**
   * Head nouns of a description of a body or a firm followed by a place's complement ("the central
   * bank of Portugal", "la banque centrale du Portugal"), after a comma or one of
   * `connectives.definitionCopulas`: the organisation is `LOCATED_IN` the place (rules/appositions.ts).
   * None in Arabic yet; an example is such a description.
   */
  placedBodyNouns: readonly Pattern<RelationExpectation>[];
}

/**
 * Words that open the examples of an object ("several governments, including Germany and
 * France"): each example takes the relation the object had, and the first may stand further
 * from the trigger than a plain object would.
 */
export interface EnumerationVocabulary {
  /** Enumeration words proper: after a comma they open the examples, not a new clause. */
  opening: readonly Pattern<RelationExpectation>[];
  /** Words that open examples but also compare ("like", "comme"): after a comma they close the clause. */
  comparing: readonly Pattern<RelationExpectation>[];
  /** Small words between such a word and its first example ("including in the"), plain. */
  beforeExample: readonly string[];
  /**
   * Nouns for an actor's indicators ("infrastructure", "indicators of compromise", "C2
   * domains"): a heading or a lead that names one threat actor beside one of them announces a
   * list of that actor's indicators, one a line ("TA999 infrastructure" over
   * "billing-portal[.]net"): the actor uses each. An example is such a heading or lead and its
   * lines.
   */
  indicatorLeads: readonly Pattern<RelationExpectation>[];
  /**
   * Verbs by which an actor takes up infrastructure, beyond the verbs of use the triggers hold
   * ("registered", "set up", "hosted ... on", "operated", "sent ... from"): a lead in which one
   * threat actor, named or referred to ("the group"), does one of them before a list of
   * indicators ("The actor set up the following accounts:", one a line or after the colon)
   * makes each listed indicator one it uses. An example is such a lead and its list.
   */
  infrastructureVerbs: readonly Pattern<RelationExpectation>[];
  /**
   * Participles joined by a hyphen to an actor's name that make the compound say whose an
   * indicator is ("the TA999-controlled domain billing-portal[.]net", "an APT99-operated
   * account"): the actor uses the indicators the compound qualifies. One word each; empty in a
   * language that forms no such compounds. An example is a sentence with one.
   */
  ownershipCompounds: readonly Pattern<RelationExpectation>[];
  /**
   * Plural nouns for a kind of attack software ("backdoors", "web shells", "command-line
   * tools"): the names an enumeration word lists after one ("backdoors such as X and Y",
   * "command-line tools, like X or Y": a comma before "like" does not close the clause there)
   * are software, and the sentence's actor uses each. A bare "tools" is no kind: "tools such
   * as Excel" may be anything. An example is a sentence using such a list.
   */
  softwareKinds: readonly Pattern<RelationExpectation>[];
  /**
   * Participles that place the victims a verb of attack names ("organisations located in",
   * "chercheurs basés en"): the place after one is a target even further from the verb than a
   * plain object, as the first example after an enumeration word is ("targeted less than 25
   * researchers at a variety of institutes located in X and Y"). An example is such a sentence.
   */
  victimPlaces: readonly Pattern<RelationExpectation>[];
  /**
   * Subjects that name what an attack used without saying whose, with the copula after them
   * ("the malware used was", "the tools used in the campaign were"): the software named right
   * after is the report's topic actor's, as the tools of a list whose lead leaves the user unsaid
   * are. An example is a report naming its actor, then such a sentence.
   */
  unsaidUserSubjects: readonly Pattern<RelationExpectation>[];
  /**
   * A passive of use and its purpose, said of a thing the attack used but no name ("this sample
   * was used to target"): the organisation, place or person named right after is a victim of the
   * report's topic actor. An example is a report naming its actor, then such a sentence.
   */
  unsaidUserPurposes: readonly Pattern<RelationExpectation>[];
  /**
   * The word between the place an address was seen in and the address ("IP addresses were seen
   * in Norland as 198.51.100[.]7"): the address is located in that place. An example is such a
   * sentence.
   */
  indicatorPlaceLinks: readonly Pattern<RelationExpectation>[];
  /** Articles that may stand between the preposition and such a place ("in the Netherlands as ..."), plain. */
  indicatorPlaceArticles: readonly string[];
  /**
   * Words that may follow such an address and end its phrase: a relative, a coordinator, a
   * preposition ("as 198.51.100[.]7 from May on"), plain. Any other word, a verb above all,
   * makes the link a conjunction ("active in Norland as 198.51.100[.]7 shows").
   */
  indicatorPlaceEnds: readonly string[];
  /**
   * Nouns for what an actor holds or does, after its genitive ("APT28's arsenal", "the group's
   * operations"): a program the sentence places in them before the actor ("X was developed as a
   * replacement in Y's arsenal") is one the actor uses (rules/possessives.ts). Empty in French
   * and Arabic, which name the owner after the noun. An example is such a sentence.
   */
  actorHoldings: readonly Pattern<RelationExpectation>[];
  /** Participles of use in an apposition after the program before those holdings ("X, used within Y's attacks"). */
  holdingVerbs: readonly string[];
  /** The prepositions right before the actor and its holdings ("in", "within", "from"). */
  holdingPrepositions: readonly string[];
  /**
   * Participles of holding, in their base form ("operated", "hébergé"): after a thing and before
   * its agent's preposition ("servers operated by NATO") they name the thing's owner, whom an attack on
   * the thing reaches too; another participle makes the name after it that verb's agent and no end
   * of the attack (rules/clause-roles.ts). None in Arabic; an example is an attack on such a thing.
   */
  holdingParticiples: readonly Pattern<RelationExpectation>[];
  /**
   * Words that present an address as a copy of someone else's ("look-alike", "fake", "trompeur",
   * "مزيف"; in Arabic maybe after a glued "و" or "ف"): in a sentence with one, a short acronym of an
   * organisation spelled in the address is evidence enough that it imitates the organisation
   * (rules/impersonation.ts). An example is such a sentence, expecting the imitation.
   */
  imitationWords: readonly Pattern<RelationExpectation>[];
}

/** A header or caption word of a table and the relation it says a row's subject has with the other end. */
export interface TableRelationPattern extends Pattern<RelationExpectation> {
  relation: RelationType;
}

/** A header or caption word of a table and what the name it announces is, when no finder knows it. */
export interface TableKindPattern extends Pattern<RelationExpectation> {
  /** None for a word that says nothing of the kind ("Name"). */
  type?: EntityType;
}

/**
 * The words of the tables reports put facts in (../../rules/table-rows.ts): each row is read
 * as sentences about its subject, the name in the column the header names as such. An example
 * is a table, with the lines over it, and a relation its rows give.
 */
export interface TableVocabulary {
  /**
   * Header words of the column that names each row's subject ("Actor", "Campaign", "Name"),
   * and what a name there is when no finder knows it; with no such header, the first column.
   */
  subjectColumns: readonly TableKindPattern[];
  /**
   * Header words of a column whose cells name the other end of a relation of the row's
   * subject ("Target" -> TARGETED, "Attribution" -> ATTRIBUTED_TO, "Tools" -> USES).
   */
  relationColumns: readonly TableRelationPattern[];
  /**
   * Nouns of a title or a caption for what the rows are ("attacks", "campaigns", "groups",
   * "structures"): the first in the line nearest the table types its names; it wins over the
   * header, which may say "Actor" of operations.
   */
  rowKinds: readonly TableKindPattern[];
  /**
   * Words of a title or a caption that relate every row's subject to the name right after
   * them ("the attacks attributed to X:", "with attribution to X").
   */
  captionRelations: readonly TableRelationPattern[];
  /**
   * Words right after a name in a row's description that make it a victim of the row's
   * subject, a passive without its agent ("Example Bank was the victim of a wiper attack", "was
   * compromised"): the subject TARGETED it.
   */
  victimPassives: readonly Pattern<RelationExpectation>[];
}

export interface LanguagePack {
  lang: PackLanguage;
  /** Whether a clause's verb usually comes before its subject (Arabic), which decides where a claimant is looked for. */
  verbFirst: boolean;
  claims: ClaimVocabulary;
  triggers: TriggerVocabulary;
  incidents: IncidentVocabulary;
  roles: RoleVocabulary;
  enumerations: EnumerationVocabulary;
  references: ReferenceVocabulary;
  /**
   * Capitalised words that open sentences or clauses without being names ("Selon", "However"):
   * never a name, nor the start of one. Empty in a script without capitals.
   */
  capitalisedFunctionWords: readonly string[];
  /**
   * Headings of a list of works cited ("References", "Bibliographie", "المراجع"): the lines
   * under one, up to the next heading, cite titles, which state nothing of the article's own.
   * Whole headings, matched without case, markup or a closing colon.
   */
  referenceHeadings: readonly string[];
  /**
   * Words a look-alike host glues to the brand it copies, in one label ("office365online",
   * "securequillbank"): with one of them, a brand's name inside a longer label is a copy of it;
   * with any other word ("larkspurgarden") it may be anything. Lower-case letters, as hosts write them.
   */
  lookalikeHostWords: readonly string[];
  connectives: ConnectiveVocabulary;
  tables: TableVocabulary;
}

/**
 * Small words the relation rules read between names: what joins the items of a list, what
 * introduces the agent of a passive, the pronouns by which a speaker speaks of itself. A
 * language may have none of a kind (Arabic joins list items with the clitic "و", which the
 * rules read as a letter).
 */
export interface ConnectiveVocabulary {
  /** Conjunctions before a list's last item ("A, B et C", "A as well as B"); an example is such a list. */
  listCoordinators: readonly Pattern<RelationExpectation>[];
  /**
   * Words after a list and its comma that make the apposition after them hold for every item
   * ("A, B and C, all part of Y"); without one, such an apposition describes the name before it.
   */
  listQuantifiers: readonly Pattern<RelationExpectation>[];
  /**
   * The preposition before the agent of a passive attribution, who claims it ("attribuée à X
   * par Mandiant", named or not: "par les enquêteurs"); an example names the agent as claimant.
   */
  agentPrepositions: readonly Pattern<ClaimExpectation>[];
  /**
   * "that" and a subject pronoun, opening a reported clause, by which the speaker speaks of
   * itself ("X said that it had been hit", "وزعمت مجموعة X أنها اخترقت Y"); an example
   * reports the speaker's word about itself.
   */
  selfPronouns: readonly Pattern<ClaimExpectation>[];
  /**
   * Auxiliaries and verbs of undergoing which, right after a self pronoun, show that it stands
   * for the speaker though no relation follows ("وكان X قد أكد أنه كان ...", "أنها تعرضت"); an
   * example reports the speaker's word about itself. A language whose pronoun alone suffices
   * ("that it") has none.
   */
  selfPronounVerbs: readonly Pattern<ClaimExpectation>[];
  /**
   * The conjunctions that open what a verb of saying says ("that", "que", "أن"): a verb of
   * saying followed by one says what comes after it, and frames nothing written before it
   * ("X, linked to Y, said that ..."); an example is such a sentence, its relation asserted.
   */
  complementizers: readonly Pattern<ClaimExpectation>[];
  /**
   * Auxiliaries that open a sentence before its subject and so make the clause up to the first
   * comma a condition ("Had X hacked Y, ...", "Were X to ...", "Should X ..."): that clause states
   * nothing; an example is such a sentence, no relation stated. A language without the inversion
   * has none.
   */
  invertedConditions: readonly Pattern<ClaimExpectation>[];
  /**
   * The preposition before the party a thing goes to: the one it is linked or ascribed to
   * ("linked by Mandiant to the GRU", "a attribué à APT28 le piratage", "نسبت إلى X"), or the
   * listener a speaker told ("..., a indiqué un responsable à l'AFP"); an example is such a link.
   */
  recipientPrepositions: readonly Pattern<RelationExpectation>[];
  /**
   * Prepositions whose object is a post ("a letter from X to the mayor of Y", "رسالة من X إلى
   * رئيس بلدية Y"): the post is another person's, so no name before the preposition holds it,
   * and the holder, if named, follows the post's organisation right after it. An example is such
   * a post, its holder named after it.
   */
  postPrepositions: readonly Pattern<RelationExpectation>[];
  /**
   * Conjunctions written glued to a verb set first that opens a clause of its own ("و", "ف" in
   * "واستهدفت"): its subject is the name after it, not one of the clause before. A language
   * whose subject comes before its verb has none; an example is a second clause so opened.
   */
  clauseClitics: readonly Pattern<RelationExpectation>[];
  /**
   * Words right before a verb set first that show it opens a clause of its own ("ثم", "قد",
   * "بعد أن"), glued to one of `clauseClitics` or not ("وقد"); an example is a second clause
   * so opened, its subject after its verb.
   */
  clauseOpeners: readonly Pattern<RelationExpectation>[];
  /**
   * Articles that open an apposition after a comma ("sold by X, a company based in Y", "X, une
   * société"): what follows describes the name before the comma (a noun of a relation there,
   * "X, a malware attributed to Y", is said of X); it does not close a clause set off by commas
   * before its verb. A language that writes its article glued to the noun has none; an example
   * is such an apposition.
   */
  appositionArticles: readonly Pattern<RelationExpectation>[];
  /**
   * The definite articles written apart from their noun ("the", "le", "la", "les", "l'"), an
   * elided one glued to the word after it: the rules read them between a relative pronoun and
   * the clause's subject ("l'OTAN, que le groupe X a visée"), before the deed an accusation
   * charges ("accusé d'être derrière la fuite"), after the preposition of a passive's agent or of
   * the party a thing is ascribed to ("by the", "à la"), before a name or a kind noun. A language that
   * writes its article glued to the noun has none; an example is such a phrase.
   */
  definiteArticles: readonly Pattern<RelationExpectation>[];
  /**
   * The indefinite articles written apart from their noun ("a", "an", "un", "une", "des"): with
   * the definite ones, what opens a definition after a copula ("X is an agency ...") or the
   * object of a verb rather than a modifier's kind noun. None in a language without them; an
   * example is such a phrase.
   */
  indefiniteArticles: readonly Pattern<RelationExpectation>[];
  /**
   * Words that close a noun phrase: prepositions, relative pronouns, conjunctions, after which
   * the head's complement or a clause comes ("an agency of Norland", "a body that guards",
   * "une agence qui"). The rules read them in a definition after a copula, for its head noun and
   * for the whole phrase a later reference may repeat ("This data protection body"); an example
   * is such a definition and such a reference.
   */
  nounPhraseClosers: readonly Pattern<RelationExpectation>[];
  /**
   * The prepositions of place, words of their own ("in", "at", "à", "en", "في"): between an
   * organisation and the place it is in ("the Quill Institute in Bergen", "la banque Vantor à
   * Lisbonne", "معهد ... في موسكو"), before the place an address was seen in ("seen in Norland
   * as 198.51.100[.]7"), after a verb of an incident's happening and before a place that opens a
   * sentence ("took place in Bergen", "In Norland, the Ministry ..."); an example is an
   * organisation so placed.
   */
  placePrepositions: readonly Pattern<RelationExpectation>[];
  /**
   * The same preposition written glued to the place's name ("بموسكو"); a language that writes it
   * apart has none. An example is an organisation so placed.
   */
  placeClitics: readonly Pattern<RelationExpectation>[];
  /**
   * Relative pronouns of a verb's indirect object, the preposition in them ("auquel", "à
   * laquelle"): like the object's "que" (`claims.relatives` with `objectCase`), the words after
   * them are the verb's subject and the name before them its object ("la banque, à laquelle le
   * groupe X s'en est pris"). None in a language that sets them apart from the relatives of a
   * claim; an example is such a relative clause.
   */
  prepositionalRelatives: readonly Pattern<RelationExpectation>[];
  /**
   * Prepositions of origin, where someone or something came from ("from", "venus de", "de la
   * part de"): a body named after one is not where the sentence takes place ("In Norway,
   * investigators from the X helped": X may be anywhere). An example is such a sentence, a body
   * placed beside the one that came from elsewhere.
   */
  originPrepositions: readonly Pattern<RelationExpectation>[];
  /**
   * A preposition and the definite article written as one word ("du", "au", "aux", "des"): like
   * an article, one right before an all-capitals acronym makes it an organisation's ("les
   * serveurs du CNRQ"). None in a language that writes the two apart; an example is such an
   * acronym at one end of a relation.
   */
  contractedArticles: readonly Pattern<RelationExpectation>[];
  /**
   * Possessive determiners a reference to an actor may be ("its", "their", "son", "leurs"): one
   * before a noun for malware and the malware's name makes the actor named just before its owner
   * ("Its backdoor Greyfox"). None in a language that glues them to the noun; an example is such
   * an owned tool after a sentence naming the actor.
   */
  possessivePronouns: readonly Pattern<RelationExpectation>[];
  /**
   * Demonstratives ("this", "cette", "هذا"): a description they open points back to what was
   * told of before, even with a complement of its own ("This attack on a regional hospital" is
   * the attack just told of; "The attack on a regional hospital" is another). An example is such
   * a reference after a sentence naming the incident.
   */
  demonstratives: readonly Pattern<RelationExpectation>[];
  /**
   * Small words a spelled-out acronym may skip, articles, prepositions and conjunctions as they
   * are compared in lower case ("of", "the", "de", "la", "l" of "l'"): the acronym's letters are
   * the initials of the other words ("Office for Network Defence (OND)"). An example is such an
   * acronym in brackets, then the acronym alone at one end of a relation.
   */
  acronymSmallWords: readonly Pattern<RelationExpectation>[];
  /**
   * Words of comparison that open a sentence ("Like X, ...", "À l'instar de X, ...", "على غرار
   * X، ..."): the name they compare with is no argument of the main clause after the comma; an
   * example is such a sentence and the main clause's relation.
   */
  comparisons: readonly Pattern<RelationExpectation>[];
  /**
   * The prepositions before a region that holds the places named after it ("dans la Toscane, à
   * X", "en Bretagne, à Y"): never the one of a town, since "à Lyon, à Lille et à Nantes" is a
   * list of towns. None in a language that gives no such phrase; an example is such a phrase.
   */
  regionPrepositions: readonly Pattern<RelationExpectation>[];
  /**
   * The words after such a region and its comma that open the places within it ("notamment à",
   * "à"): every place of the list after them is part of the region. An example is such a list.
   */
  regionPlaceOpeners: readonly Pattern<RelationExpectation>[];
  /**
   * The relative pronouns of a subject ("who", "which", "that", "qui", "التي"): the verb of the
   * clause follows them. Right after a common noun past a name they make that noun the verb's
   * subject ("no group that has used X besides Y": Y did not), and after a name and its comma
   * they give the name for the verb's subject ("APT28, which has targeted X"). An example is
   * such a relative clause.
   */
  subjectRelatives: readonly Pattern<RelationExpectation>[];
  /**
   * The auxiliaries of a compound past that may stand between such a relative pronoun and its
   * verb ("has", "have", "a", "ont"; none in Arabic). An example is such a clause.
   */
  perfectAuxiliaries: readonly Pattern<RelationExpectation>[];
  /**
   * The auxiliaries of a passive there ("was", "has been", "est", "a été"; none in Arabic): "the
   * organisations that have been targeted by Y" are what Y targeted. An example is such a clause.
   */
  passiveAuxiliaries: readonly Pattern<RelationExpectation>[];
  /**
   * Personal pronouns that restate the name before them ("موسكو هي التي دبرت"): before a relative
   * pronoun one leaves the name the verb's subject, where a common noun there would take its
   * place. Arabic only; an example is such a clause.
   */
  restatingPronouns: readonly Pattern<RelationExpectation>[];
  /**
   * Conjunctions opening a clause before the main one ("when", "after", "lorsqu'", "après qu'";
   * none in Arabic yet): the subject right after one, a pronoun above all, is in a subject's place
   * ("When it targeted X, it used Y"; rules/pronouns.ts). An elided form ends on its apostrophe.
   * An example is such a sentence.
   */
  subordinators: readonly Pattern<RelationExpectation>[];
  /**
   * Prepositions that open a short introduction of up to three words with no comma after it
   * ("In their campaigns they ...", "Dans leurs campagnes ils ..."; none in Arabic yet): the
   * subject right after it, a pronoun above all, is in a subject's place (rules/pronouns.ts). An
   * example is such a sentence.
   */
  introductionPrepositions: readonly Pattern<RelationExpectation>[];
  /**
   * Relative and interrogative words ("what", "which", "ce", "dont"; none in Arabic yet): right
   * after one of the `introductionPrepositions` they make it no introduction ("In what they called
   * a test ..." opens no main clause; rules/pronouns.ts). An example is such a sentence, whose
   * relation comes from a subject after the comma.
   */
  questionWords: readonly Pattern<RelationExpectation>[];
  /**
   * The auxiliaries of a compound conditional past ("aurait", "auraient"; none in English or
   * Arabic): with the `perfectAuxiliaries` they are the auxiliaries an adverb or a negation may
   * split from the participle of a phrase (rules/compound-tenses.ts). An example is such a sentence.
   */
  conditionalAuxiliaries: readonly Pattern<RelationExpectation>[];
  /**
   * Adverbs that may stand, one or two, between an auxiliary and the participle of a phrase ("has
   * also targeted", "a toutefois ciblé"; none in Arabic), the phrase found all the same
   * (rules/compound-tenses.ts). An example is such a sentence.
   */
  auxiliaryAdverbs: readonly Pattern<RelationExpectation>[];
  /**
   * The endings of adverbs of manner ("-ly", "-ment"; none in Arabic): any word with one may stand
   * where `auxiliaryAdverbs` do ("has repeatedly targeted"; rules/compound-tenses.ts). An example is
   * such a sentence.
   */
  adverbEndings: readonly Pattern<RelationExpectation>[];
  /**
   * The elided negation written before an auxiliary ("n'"; French only): with one of the
   * `negationParticles` after the auxiliary, the participle that follows is a phrase inside a
   * negation, which frames it (rules/compound-tenses.ts). An example is such a sentence, the
   * relation of a clause the negation does not reach.
   */
  negationClitics: readonly Pattern<RelationExpectation>[];
  /** The second word of that negation ("pas", "jamais"; French only). An example as above. */
  negationParticles: readonly Pattern<RelationExpectation>[];
  /**
   * Adverbs that may stand, one or two, between that negation and the participle ("n'a pas encore
   * ciblé"), as may a word with one of the `adverbEndings` (French only). An example as above.
   */
  adverbsAfterNegation: readonly Pattern<RelationExpectation>[];
  /**
   * Prepositions of a complement of a head noun ("de", "d'"; French only): one with a lower-case
   * word may stand between a demonym after its head and the name described ("l'agence allemande de
   * cybersécurité BSI"; rules/demonyms.ts). An example is such a description.
   */
  complementPrepositions: readonly Pattern<RelationExpectation>[];
  /**
   * The articles that may follow such a preposition, not contracted with it ("la", "l'": "de la",
   * "de l'"; French only). An example is such a description.
   */
  complementArticles: readonly Pattern<RelationExpectation>[];
  /**
   * Nouns for the sponsor a demonym's state is in a compound of sponsorship ("state", "government":
   * "Chinese state-sponsored", "Russian government-linked"; rules/demonyms.ts). None in a language
   * without such compounds; an example is a sentence with one.
   */
  sponsorNouns: readonly Pattern<RelationExpectation>[];
  /**
   * Participles of sponsorship after a demonym, its hyphen or a sponsor noun ("Iranian-backed",
   * "Chinese state-sponsored", "Russia-nexus"): the demonym names the state behind the actor the
   * compound qualifies, which is attributed to it, not placed in it (rules/sponsorships.ts). None
   * in a language without such compounds; an example is a sentence with one.
   */
  sponsorshipParticiples: readonly Pattern<RelationExpectation>[];
  /**
   * Prefixes of a stance joined by a hyphen to a demonym ("pro-Russian", "anti-Western"): the
   * group they qualify sides with the state, it is neither placed in it nor attributed to it
   * (rules/demonyms.ts). None in a language that glues no such prefix to a demonym; an example is a
   * sentence with one, expecting the relation the sentence still gives.
   */
  stancePrefixes: readonly Pattern<RelationExpectation>[];
  /**
   * The endings of a verb in the simple past ("-ed"): a name after a list's closing conjunction
   * with such a word right after it (an adverb between allowed) is the subject of a clause of its
   * own ("X hacked Y and Germany responded with sanctions"), no item of the list (rules/relations.ts).
   * None in a language whose past takes an auxiliary; an example is such a sentence.
   */
  pastTenseEndings: readonly Pattern<RelationExpectation>[];
  /**
   * Adverbs of sequence that, after an object and a comma, open a second verb of the same subject
   * ("X hacked Y, then targeted Z", "X a piraté Y, puis a visé Z"): Y is no subject of it
   * (rules/clause-roles.ts). An example is such a sentence; none in a language whose word for it
   * is one of `clauseOpeners` ("ثم").
   */
  sequenceAdverbs: readonly Pattern<RelationExpectation>[];
  /**
   * Copulas between a name and a description said of it ("is", "has been", "remains"):
   * "APT99 has been an alleged Iranian state-sponsored group" attributes the group
   * (rules/sponsorships.ts). None in a language whose rules read no such predicate; an example
   * is a sentence with one.
   */
  descriptionCopulas: readonly Pattern<RelationExpectation>[];
  /**
   * The coordinators alone ("and", "or"), without the longer joiners of `listCoordinators`:
   * what joins two names of one list, or what a comma before an apposition is not followed by.
   * None in a language whose coordinator is a clitic; an example is a sentence with one.
   */
  bareCoordinators: readonly Pattern<RelationExpectation>[];
  /**
   * Endings of a past participle ("-ed", "-é(e)(s)"): a word with one right before the agent's
   * preposition ("arrested by") is a participle whose agent is the name after it
   * (rules/clause-roles.ts). None in Arabic; an example is a sentence with such a participle.
   */
  pastParticipleEndings: readonly Pattern<RelationExpectation>[];
  /**
   * Copulas of a definition after a name ("is", "est"): with an article, what follows defines the
   * name ("X is the national cyber agency of Y"; rules/descriptions.ts, rules/appositions.ts). None in
   * Arabic yet; an example is such a definition.
   */
  definitionCopulas: readonly Pattern<RelationExpectation>[];
  /**
   * Determiners that make a description of an actor with modifiers definite ("the Iranian group",
   * "these North Korean hackers"): it stands for the actor named before (rules/descriptions.ts).
   * English only; an example is a name, then such a description.
   */
  descriptionDeterminers: readonly Pattern<RelationExpectation>[];
  /**
   * Determiners before the phrase of a definition repeated later ("the national cyber agency",
   * "this national cyber agency"), which then stands for the organisation defined
   * (rules/descriptions.ts). English only; an example is a definition, then such a phrase.
   */
  repeatingDeterminers: readonly Pattern<RelationExpectation>[];
  /**
   * Prepositions of a noun's complement ("of", "de", "du", "des"): a head noun right before one
   * is part of a longer phrase ("the government of Iran"), no reference on its own
   * (rules/descriptions.ts). None in Arabic, which joins the complement without one; an example is
   * a sentence with such a complement.
   */
  genitivePrepositions: readonly Pattern<RelationExpectation>[];
  /**
   * Copulas after an impersonal pronoun ("it is", "it has been", "it may be", "il est"): with
   * one of `impersonalClauseOpeners` a few words after, or one of `impersonalAdjectives`, the
   * pronoun stands for nothing (rules/pronouns.ts). None in Arabic, which has no such subject; an
   * example is a sentence with one.
   */
  impersonalCopulas: readonly Pattern<RelationExpectation>[];
  /**
   * The words that open the clause an impersonal copula introduces ("it is believed that", "it was
   * unclear whether", "il est probable que", "il est difficile de"): English ones whole words
   * up to three words after the copula, French ones up to two, maybe elided (rules/pronouns.ts). None
   * in Arabic; an example is a sentence with one.
   */
  impersonalClauseOpeners: readonly Pattern<RelationExpectation>[];
  /**
   * Adjectives and their "to" right after an impersonal copula ("it is important to", "it is not
   * possible to", "it is too early to"): the pronoun stands for nothing (rules/pronouns.ts). English
   * only; an example is a sentence with one.
   */
  impersonalAdjectives: readonly Pattern<RelationExpectation>[];
  /**
   * Verbs whose impersonal pronoun subject stands for nothing, right after it ("il y a", "il
   * s'agit", "il faut"; rules/pronouns.ts). French only; an example is a sentence with one.
   */
  impersonalVerbs: readonly Pattern<RelationExpectation>[];
}

/**
 * Definite descriptions that stand for an entity named shortly before ("the group", "le
 * groupe", "المجموعة" for the last threat actor; "the malware" for the malware; "the attack"
 * for the incident). How far back the antecedent may be, and what happens when two are named
 * there, is the rule's business (ingest/rules/anaphora.ts); the words are the pack's. An
 * example is two sentences of our own: a name, then the description as an end of a relation.
 */
export interface ReferenceVocabulary {
  /** Phrases for a threat actor: "the group", "these hackers", "the operators". */
  actors: readonly Pattern<RelationExpectation>[];
  /** Phrases for a piece of malware: "the malware", "the backdoor", "this variant". */
  malware: readonly Pattern<RelationExpectation>[];
  /** Phrases for an incident: "the attack", "the breach", "cette fuite". */
  incidents: readonly Pattern<RelationExpectation>[];
  /**
   * A possessive and a noun for an actor's people ("its operators", "leurs membres",
   * "عناصرها"): the people act for the actor that owns them, so the phrase stands for it. In
   * English the last word also follows a name's genitive ("APT28's operators").
   */
  members: readonly Pattern<RelationExpectation>[];
  /**
   * Nouns for what belongs to an actor, its kit, its servers and its ties ("toolset",
   * "infrastructure", "C2 servers", "ties", "outils"), written after one of the
   * `connectives.possessivePronouns` and maybe two modifiers: "Its toolset includes X" speaks of
   * the actor named just before as "X's toolset" would, so the possessive stands for that actor.
   * Without the possessive; empty in a language that attaches it to the noun. An example is an
   * actor, then such a possessive in a relation.
   */
  holdings: readonly Pattern<RelationExpectation>[];
  /**
   * Indefinite phrases for a campaign the text has not yet said whose it is ("a malicious
   * campaign", "une campagne malveillante"): when the next sentence attributes "this campaign"
   * (`campaigns`) to an actor, the phrase stands for that actor (rules/unnamed-campaigns.ts). An
   * example is such a pair of sentences.
   */
  unnamedCampaigns: readonly Pattern<RelationExpectation>[];
  /**
   * "the latter", "ce dernier": the entity named last in the sentence or the one before, of any
   * type an actor, a tool, an organisation or a person may have. A phrase of three words or more
   * ends on the verb that must follow the reference and is no part of it: "ce dernier a" tells
   * the pronoun from the adjective ("ces derniers mois").
   */
  latter: readonly Pattern<RelationExpectation>[];
  /**
   * "the two groups", "les deux groupes": the last two threat actors named, in the sentence or the
   * one before; the phrase stands for both, so what it does each of them does.
   */
  actorPairs: readonly Pattern<RelationExpectation>[];
  /**
   * Verbs of saying or judging whose clause may go without its conjunction ("officials said it
   * works for the GRU", "we assess they"): a pronoun right after one opens that clause and is
   * its subject, as after "that". Empty in a language that always writes the conjunction.
   */
  clauseVerbs: readonly Pattern<RelationExpectation>[];
  /**
   * Verbs of authorship that carry the incident as an attached object pronoun ("نفذه", "he
   * carried it out"): the pronoun stands for the incident named last, in the sentence or the one
   * before, and the name right before the verb is its author. Empty in a language whose object
   * pronouns are words of their own.
   */
  incidentObjects: readonly Pattern<RelationExpectation>[];
  /**
   * Words after leaked or stolen material that name whose it was ("e-mails related to the
   * campaign of X", "les courriels de X"): when the next sentence opens on a reference to an
   * incident that it names ("The leaks, dubbed Y, ..."), that incident targeted X.
   */
  materialOwners: readonly Pattern<RelationExpectation>[];
  /**
   * The particle between a participle of naming and the name it gives ("The leaks, known as
   * X, ..."; "dubbed X" takes none): such a reference still names the incident. An example is
   * leaked material, then such a reference.
   */
  namingParticles: readonly Pattern<RelationExpectation>[];
  /**
   * Words by which the noun opening a sentence gives the name it goes by ("A persona calling
   * itself X claimed ..."): the name is that sentence's subject, which a pronoun after may stand for.
   */
  selfNamings: readonly Pattern<RelationExpectation>[];
  /**
   * Phrases for a campaign ("this campaign", "cette campagne", "هذه الحملة"): the campaign or
   * incident named before when the text names one, else the actor it speaks of through its
   * campaign, as "the group" would.
   */
  campaigns: readonly Pattern<RelationExpectation>[];
  /**
   * The copulas by which a document's first sentence defines its subject ("X is a ...", "X est
   * un ...", "X هي ..."): later definite references by the head noun of its name or of that
   * definition ("the robbery", "l'agence", "الوكالة") stand for it (rules/document-subject.ts).
   */
  subjectCopulas: readonly Pattern<RelationExpectation>[];
  /**
   * Words that give the subject's other names between it and its copula ("X, also known as Y,
   * is ...", "X ou Y est ..."): the definition still follows the first name.
   */
  subjectAliases: readonly Pattern<RelationExpectation>[];
  /**
   * The determiners of a reference to the subject by its head noun ("the robbery", "cette
   * agence", "هذه الوكالة"; Arabic also writes the bare article, attached to the noun).
   */
  subjectDeterminers: readonly Pattern<RelationExpectation>[];
  /**
   * Adjectives written after a reference's noun that make it another one than any named before
   * ("المجموعة الجديدة", "le groupe rival"): the phrase then stands for no earlier name. Empty in a
   * language that writes such adjectives before the noun ("the new group" is no reference). An
   * example is such a sentence with a relation of a name of its own.
   */
  othersAfter: readonly Pattern<RelationExpectation>[];
  /**
   * A determiner and the head noun of an organisation's name ("the agency", "le ministère",
   * "l'agence", "الوزارة"): the phrase stands for the one organisation named so far whose name,
   * or the definition the text gives of it ("X is the security agency of Y"), holds the noun;
   * with two so named, for none (rules/descriptions.ts). An example is a name, another name,
   * then the phrase as an end of a relation.
   */
  organisations: readonly OrganisationReferencePattern[];
  /**
   * Phrases for a company ("the company", "la société", "الشركة"): they stand for the
   * organisation that is the subject of the nearest sentence naming one (rules/descriptions.ts).
   * An example is such a sentence, then the phrase as an end of a relation.
   */
  companies: readonly CompanyReferencePattern[];
  /**
   * Personal pronouns that, in a subject's place, stand for an entity named shortly before ("It
   * targeted X", "Il a ciblé X", "وهي مرتبطة بـ X"), each with what it agrees with; which name
   * is the antecedent is the rule's business (rules/pronouns.ts). An example is a name, then the
   * pronoun as the subject of a relation.
   */
  pronouns: readonly PronounPattern[];
  /**
   * A source given by a personal pronoun ("according to him", "selon elle"; none in Arabic yet),
   * the pronoun last: it stands for the person who is the subject of the nearest sentence naming
   * one (rules/pronouns.ts). An example is such a sentence after the one naming the person.
   */
  sourcePronouns: readonly Pattern<RelationExpectation>[];
  /**
   * A possessive before a noun for an actor's targets or victims ("their targets", "ses
   * principales cibles"; none in Arabic, which attaches it), the possessive its first word: it
   * stands for the one actor named just before, or the text's topic (rules/anaphora.ts). An
   * example is a name, then such a phrase.
   */
  targetOwners: readonly Pattern<RelationExpectation>[];
  /**
   * A noun for an actor's attacks or campaigns with its possessive attached ("هجماتها", "حملته";
   * Arabic only): the whole word stands for the owner, as "their" does, so that it is the subject
   * a verb before it finds (rules/anaphora.ts). An example is a name, then such a word.
   */
  attachedOwners: readonly Pattern<RelationExpectation>[];
  /**
   * Personal pronouns in an object's place that are not written as subjects ("them", "lui",
   * "eux"): right after words that qualify a noun ("the operators behind them") they are those
   * words' object, so no name further on is (rules/relations.ts). An example is such a sentence,
   * with the relation of the verb after the pronoun.
   */
  objectPronouns: readonly Pattern<RelationExpectation>[];
  /**
   * Nouns for what a body owns that an attack reaches ("systems", "network", "patient data",
   * "websites"), maybe after two modifiers: "the systems of X were breached by Y" and "X said its
   * systems had been breached by Y" say that X was the target, as "X's systems" does
   * (rules/relations.ts, rules/anaphora.ts). Unlike `holdings`, an actor's kit, these belong to
   * the victim. Empty in a language not yet given them; an example is such a sentence.
   */
  victimHoldings: readonly Pattern<RelationExpectation>[];
  /**
   * Head nouns of a description of a threat actor with modifiers ("the Iranian group", "this
   * state-sponsored threat actor"), after one of `connectives.descriptionDeterminers`: it stands for
   * the actor named before (rules/descriptions.ts). English only; an example is a name, then such a
   * description.
   */
  actorDescriptionHeads: readonly Pattern<RelationExpectation>[];
  /**
   * Modifiers that set a description apart from the actor named before ("the other group", "a
   * rival gang"): such a description stands for no one named (rules/descriptions.ts). English only;
   * an example is a name, then such a description, expecting what the first sentence gives.
   */
  contrastiveModifiers: readonly Pattern<RelationExpectation>[];
  /**
   * Verbs of attribution whose object is a pronoun written apart before them, each phrase ending
   * on the word for "to" ("l'imputent au", "l'a attribuée à"): the pronoun stands for the incident
   * named last, in the sentence or the one before, and the name right after the phrase is the
   * party it is laid on (rules/incident-objects.ts). Empty in a language that attaches its object
   * pronouns (`incidentObjects`) or has no such phrase yet.
   */
  incidentPronounParties: readonly Pattern<RelationExpectation>[];
}

/** A personal pronoun and what it may stand for. */
export interface PronounPattern extends Pattern<RelationExpectation> {
  /**
   * `thing`: a group or a tool ("it"); `person` ("he", "she"); `thingOrPerson`, in a language
   * without a neuter ("il", "elle", "هي", "هو"); `group`: a group, never a person ("they").
   */
  agrees: 'thing' | 'person' | 'thingOrPerson' | 'group';
}

/** A determiner and the head noun of an organisation's name, as a reference to it. */
export interface OrganisationReferencePattern extends Pattern<RelationExpectation> {
  /**
   * Head nouns of other names the phrase stands for when no name holding its own noun is named
   * ("the regime": the one government named so far).
   */
  standsAlsoFor?: readonly string[];
  /**
   * Arabic: the name holds the noun with its article ("البنك المركزي", unlike "وزارة الخارجية"
   * for "الوزارة").
   */
  articleInName?: boolean;
  /**
   * The phrase is also one of `actors` ("المجموعة": a company group, or an actor's group): it
   * stands for an organisation only when one named so far holds its noun, and for the actor
   * otherwise, so listing it twice is no ambiguity.
   */
  sharedWithActors?: boolean;
}

/** A phrase for a company, as a reference to one. */
export interface CompanyReferencePattern extends Pattern<RelationExpectation> {
  /** Up to two lower-case modifiers may come between the determiner and the noun ("the security firm"). */
  modifiers?: boolean;
}

/** The concepts of the claim vocabulary that are cues of a modality. */
export type ClaimConcept = Exclude<
  keyof ClaimVocabulary,
  | 'continuation'
  | 'participles'
  | 'relatives'
  | 'unnamedSpeakers'
  | 'timesBeforeSpeaker'
  | 'accusations'
  | 'laterAccusers'
  | 'clefts'
  | 'involvements'
  | 'dismissiveCalls'
  | 'dismissals'
  | 'revisionOpenings'
  | 'revisionTurns'
  | 'contactRelatives'
  | 'sayingRelatives'
>;

/**
 * What the extractor must make of a name example: a mention of `name`, as written, of `type`;
 * `none` when no entity may be found there (a term that only looks like a name).
 */
export interface NameExpectation {
  name: string;
  type: 'Person' | 'Organization' | 'Location' | 'Malware' | 'ThreatActor' | 'Account' | 'none';
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
   * Rennes"), beside `organisationNameWords`.
   */
  organisationHeads: readonly NamePattern[];
  /**
   * Head nouns a French institution's name opens on in lower case, before the preposition of its
   * capitalised part ("ministère des Affaires étrangères", "direction générale de la Sécurité
   * intérieure", "centre hospitalier de Kerhuel"): the head and what follows are the name. None
   * in a language that capitalises them, already in the name.
   */
  lowerCaseHeads: readonly NamePattern[];
  /**
   * Lower-case particles that may stand between two capitalised words of one name, written as
   * they are, spaces about them ("Bank of Norland", "Caisse d'Épargne", "Jan van Dorp"; an
   * elided one, "d'", is glued to the next word): the words on either side are one name.
   */
  nameParticles: readonly NamePattern[];
  /** Head words that name one body of a state on their own ("la Chambre", "l'État"). */
  bodiesByHead: readonly NamePattern[];
  /** Lower-case ranks and callings before a surname ("le colonel X", "l'abbé X"). */
  titles: readonly NamePattern[];
  /** Street words: "rue de Siam", "place Saint-Melaine" name a place, street word included. */
  streets: readonly NamePattern[];
  /**
   * Capitalised heads of a region's name with "of"/"de" after them ("District of Columbia",
   * "Province de Namur"): the whole phrase names one place, head included.
   */
  regionHeads: readonly NamePattern[];
  /**
   * Lower-case nouns for a hamlet ("village", "hameau"): "au village de la Ville-Jégu" names a
   * place by the hyphenated compound after the noun and its article.
   */
  hamletNouns: readonly NamePattern[];
  /**
   * Lower-case nouns for ships ("le vapeur", "la goélette"): the capitalised name after one is
   * a vessel's, typed Organization (the graph has no vessel type; the NER gold sets type
   * named ships so too).
   */
  vessels: readonly NamePattern[];
  /**
   * Words for going on board, lower case, before the article ("embarque sur la Provence", "à
   * bord du Surcouf"): the name after them is a ship's.
   */
  boarding: readonly NamePattern[];
  /**
   * Capitalised words that open an entry of a port column ("Arrivé Marie, c. Le Goff"): no
   * part of the ship's name after them.
   */
  shipMovements: readonly NamePattern[];
  /**
   * Words that open a ship's route after its name in a dated entry of a port column, before a
   * capitalised port ("le 22, Sophie, de Saint-Nazaire", "Provence, le 21, allant à La Plata"):
   * the name next to the date is a ship's.
   */
  shipRoutes: readonly NamePattern[];
  /**
   * Words right before the name of a newspaper or broadcaster, article included: reading,
   * writing in and speaking to the press ("un article du Républicain", "a déclaré au Figaro",
   * "told the Guardian"). A person is never named so.
   */
  pressCues: readonly NamePattern[];
  /**
   * Verbs whose "à" introduces a recipient, not a place ("le prix revient à Tornade"): a name
   * after "à" is a place only after other words.
   */
  recipientVerbs: readonly NamePattern[];
  /**
   * Month names, lower case: a name before ", 22 avril" opens a dateline ("Lens, 22 avril.")
   * and is the place the news comes from.
   */
  datelineMonths: readonly NamePattern[];
  /**
   * Acronyms and title-case terms of computing ("DNS", "PDF", "Dynamic Link Library"): a
   * capitalised term that names a technology, never an organisation.
   */
  technicalTerms: readonly NamePattern[];
  /** Legal forms that may follow another after a comma ("Quillgrave Co., Ltd."), written the same way. */
  secondCompanyForms: readonly NamePattern[];
  /**
   * Capitalised words of organisation names, first or last, in texts of any period ("Commission
   * nationale de ...", "Democratic Party", "Quillmark Institute"); `organisationHeads` adds the
   * heads of older French texts. Acronyms spelled out with one name a body.
   */
  organisationNameWords: readonly NamePattern[];
  /**
   * Words that close a company's name and never open one ("Lazarus Group", "British Airways"):
   * one that opens a title-case phrase heads no name there ("Group Policies").
   */
  closingHeads: readonly NamePattern[];
  /**
   * Closing words that also name a line of business ("Systems", "Media"): after an abstract noun
   * ("Payment Systems") they name the field, not a firm.
   */
  businessLineHeads: readonly NamePattern[];
  /** Last words of the name of a team or a product line, never of a person's ("the Global Research Team"). */
  noPersonLastWords: readonly NamePattern[];
  /** Last words that make a name of two words or more an archipelago or an island ("the Faroe Islands"). */
  islandLastWords: readonly NamePattern[];
  /**
   * Adjectives of time after a French body's head ("le Parlement actuel", "la Chambre sortante",
   * "l'ancien", "le futur"): they date the body the text speaks of, they are no part of its name,
   * which ends before them.
   */
  timeQualifiers: readonly NamePattern[];
  /** Titles and roles right before a name that make it a person's ("M.", "le porte-parole", "spokesperson", "Prime Minister"), matched without case. */
  personTitles: readonly NamePattern[];
  /** Nouns right before a name that make it an organisation ("la société X", "the company X"), matched without case. */
  organisationCues: readonly NamePattern[];
  /** Verbs and nouns of employment right before a name: the name is the employer ("works for X", "salarié de X"). */
  employerCues: readonly NamePattern[];
  /** Head nouns of technical things an acronym may qualify ("the SMB protocol", "le protocole SMB"): the acronym then names a technology, not an organisation. */
  technicalNouns: readonly NamePattern[];
  /** Head nouns of a trade route or a project an acronym may qualify ("the GTC route", "the BRI corridor"): the acronym then names the route or the plan, not an organisation. */
  routeNouns: readonly NamePattern[];
  /**
   * Words right after a name that make it an organisation, legal forms and closing heads
   * ("Quillgrave Labs", "Vantor SA"), matched with their case. A pattern of `legalForm`s holds
   * the legal forms proper ("Inc.", "GmbH", "SARL"), as written, with their dot when they are a
   * word shortened ("Inc.": the dot is theirs, not the sentence's): the capitalised words before
   * one name a company, and its mention spans the form.
   */
  organisationSuffixes: readonly OrganisationSuffixPattern[];
  /** Words for a group right before a name that make it a threat actor's ("the hacking group X", "le groupe de pirates « X »"), matched without case. */
  threatActorCues: readonly NamePattern[];
  /** Those of `threatActorCues` that are no hacking group's alone ("a group called X" may be any association): a word of naming after them gives no actor's name. */
  genericGroupWords: readonly NamePattern[];
  /** Words by which a report names the actor it tracks after a word for a group ("a threat actor we call X", "un groupe que nous appelons X"). */
  threatActorTracking: readonly NamePattern[];
  /** A report naming an actor with the verb first ("we have named this threat actor X"). */
  threatActorNamingVerbs: readonly NamePattern[];
  /** Words that give any name ("dubbed X", "known as X"): after a word for a hacking group only, as "a group called X" may be any association. */
  threatActorNaming: readonly NamePattern[];
  /** Words for a threat actor right after its name ("the Stormquill APT", "the X threat actor"), matched with their case. */
  threatActorCuesAfter: readonly NamePattern[];
  /** Verbs of a research team's findings after its name ("Unit 42 found", "Quillsec 471 a observé"): a capitalised word and a number before them name the team's organisation. */
  researchVerbs: readonly NamePattern[];
  /** The staff of a firm named right before them ("Quillsec researchers", "Quillsec's analysts"): the name is the firm's. */
  researchStaffAfter: readonly NamePattern[];
  /**
   * Words right after a name that make it the victim of an intrusion ("Quillbank a été piratée",
   * "Quillbank was breached"), matched without case: a one-word name there, no given name, is an
   * organisation, even first in its sentence.
   */
  victimWordsAfter: readonly NamePattern[];
  /** Words right before a name that make it a place ("based in", "basée à", "the port of", and in French "en" or "près"), matched without case. */
  locationCues: readonly NamePattern[];
  /** Words right before a name that make it an account ("the handle X", "le compte X"), matched without case. */
  accountCues: readonly NamePattern[];
  /**
   * Nouns for the organs of a state, lower case ("government", "military", "gouvernement"):
   * with a state's name or adjective ("the Iranian government", "the government of Iran", "le
   * gouvernement russe") they name an organisation of that state.
   */
  stateBodies: readonly StateBodyPattern[];
  /**
   * Lower-case nouns that, right after a state's organ written with the state before it, make
   * the organ a word of another body's name or of its people ("Russia's military intelligence
   * agency", "Iranian government officials"): no mention of the organ then. Any other noun
   * leaves the organ named ("US military bases", "an Iranian government contractor").
   */
  stateBodyCompounds: readonly NamePattern[];
  /**
   * Words by which a text gives a name of its own to what it reports, in lower case ("we
   * named", "we track", "tracked by us", "que nous avons baptisé"): after a kind of
   * `namedKinds` ("a new backdoor we named X", "the group, which we track as X") or before one
   * ("we have named this threat actor X"), the name is of that kind wherever the text writes it.
   */
  namingVerbs: readonly NamePattern[];
  /**
   * Words by which a party the text names, or a pronoun, names what the text reports, after
   * the kind and the party ("the group Quillsec tracks as X", "les pirates que Quillsec a
   * baptisés X", "le programme qu'ils ont baptisé X").
   */
  othersNamingVerbs: readonly NamePattern[];
  /** Words opening a bracket that gives the name used from there on ("a new group (hereafter X)"). */
  namingBrackets: readonly NamePattern[];
  /** Words after a name, set off by a comma, saying the text calls it so ("the backdoor X, as we call it"). */
  namingAfter: readonly NamePattern[];
  /**
   * Participles of naming that open a sentence, the name, a comma, then the kind it names with
   * an article ("Internally referred to as X, the malware ...", "Baptisé X, le groupe ...").
   */
  namingFronted: readonly NamePattern[];
  /**
   * Lower-case nouns for the kinds of thing a threat report names ("threat actor", "backdoor",
   * "porte dérobée"), each pattern with the type its names take (`kind`). A campaign a report
   * names is the activity of the actor it tracks, as the packs' references read "the campaign":
   * its name is an actor's.
   */
  namedKinds: readonly NamedKindPattern[];
  /**
   * Heads of state bodies, beside the words of organisation names, by which a spelled-out
   * acronym names a body ("Coastal Cyber Operations (CCO)", "Defence Command"; rules/acronyms.ts).
   * None in French, whose heads open the name and are the organisation heads.
   */
  acronymBodyHeads: readonly NamePattern[];
  /**
   * Head nouns of a description of an organisation beside the `organisationCues` ("the Saudi oil
   * giant Aramco", "Aramco, the Saudi oil giant"): a demonym in such a description places the
   * organisation (rules/demonyms.ts). Lower case, matched without case.
   */
  descriptionHeads: readonly NamePattern[];
  /**
   * Kinds of business that say whose an organisation is rather than where it is ("a Quillmark
   * subsidiary", "a Leeds supplier"): a capitalised word before them in a description places
   * nothing (rules/apposed-places.ts). Lower case; an example names no place.
   */
  ownershipKinds: readonly NamePattern[];
  /**
   * Words that name a sporting event ("Jeux", "Mondial", "Olympics", "Cup"), first or last in a
   * run of capitalised words: the run is no organisation, person or place, but an event found with
   * its host place (rules/events.ts). Compared as written (rules/names-latin.ts).
   */
  gamesHeads: readonly NamePattern[];
  /**
   * Nouns that end the name of a gathering or a war ("Summit", "Conférence", "War"): an event, not
   * the body or the person the words before them suggest. Compared as written
   * (rules/names-latin.ts).
   */
  gatheringHeads: readonly NamePattern[];
  /**
   * Words that end the lower-case tail of an organisation's name after its head ("la Fédération
   * nationale a publié", "the Banque centrale has"): verbs, determiners, prepositions and
   * conjunctions that open the rest of the sentence. Compared as written (rules/names-latin.ts).
   */
  tailStops: readonly NamePattern[];
  /**
   * Prepositions that a French name's lower-case tail goes on after, beside the French pack's
   * `connectives.complementPrepositions` and `definiteArticles` ("l'Union des commerçants en
   * ligne"). Compared in lower case (rules/names-latin.ts).
   */
  tailPrepositions: readonly NamePattern[];
  /**
   * Endings of French adjectives, an "e" and an "s" after them or not: a word so ending goes on a
   * name after its head ("Fédération socialiste", "Banque centrale"); another word ends it.
   */
  adjectiveEndings: readonly NamePattern[];
  /**
   * Endings of verbs that end as such an adjective does, the letters before the adjective ending
   * included ("existe", "persiste": "-xist", "-sist"): no adjective, the name ends before them.
   */
  adjectiveLookalikes: readonly NamePattern[];
  /**
   * Endings of a French present participle ("estimant"): one right before a complementizer is the
   * verb of a clause ("le département du Trésor estimant que ..."), no word of the name before it.
   */
  participleEndings: readonly NamePattern[];
  /** Capitalised articles that open a surname after a given name ("Marie Le Gal"), as written. */
  surnameArticles: readonly NamePattern[];
  /**
   * Capitalised heads of a body named by its remits, which "and" may join ("Ministry of Security
   * and Intelligence of Norland", "Foreign and Commonwealth Office"), as written.
   */
  remitHeads: readonly NamePattern[];
  /**
   * Nouns for malicious software of any kind ("malware", "wiper", "web shell", "RAT"), matched
   * without case: before a word of naming ("a wiper called X"), or right after a name ("the X
   * ransomware"), they make the name a program's (rules/patterns.ts).
   */
  malwareNouns: readonly NamePattern[];
  /**
   * Nouns for one strain of malware between such a noun and a word of naming ("a malware family
   * named X") or after the program's name ("the X ransomware family"), matched without case.
   */
  malwareKindNouns: readonly NamePattern[];
  /**
   * Words of naming between a noun for malware and its name ("a wiper dubbed X", "un malware
   * baptisé X"), matched without case. Not `threatActorNaming`'s list, which holds other words.
   */
  malwareNaming: readonly NamePattern[];
  /**
   * Words that may follow the victim a verb of attack names and end its phrase ("compromised X
   * in May", "hacked X using ..."): prepositions and coordinators. A lower-case noun there
   * instead makes the name a modifier ("compromised Exchange servers"), no victim.
   */
  victimObjectEnds: readonly NamePattern[];
  /**
   * Words that may close the phrase defining a name as malicious software, right after the word
   * for malware ("X is a backdoor that ...", "X: a backdoor written in Go"): a word of any other
   * kind there makes the malware word a modifier ("X is a ransomware victim"; rules/patterns.ts).
   */
  malwareDefinitionClosers: readonly NamePattern[];
  /**
   * What a tool is for, before "tool", when it makes the tool an attack's ("a reconnaissance tool",
   * "a post-exploitation tool"): a name defined by a copula as one is malware (rules/patterns.ts).
   */
  attackToolPurposes: readonly NamePattern[];
  /**
   * Participles that lay an incident on its author through the agent preposition ("revendiquée
   * par", maybe a day or an adverb between): before a bare word for a group (`genericGroupWords`)
   * and a name no list knows, "revendiquée lundi par le groupe X", that name is an actor's, as
   * whoever claims an attack is its author; matched without case.
   */
  groupClaimVerbs: readonly NamePattern[];
}

/** Words after a name that make it an organisation's; `legalForm` for a company's legal form. */
export interface OrganisationSuffixPattern extends NamePattern {
  legalForm?: boolean;
}

/** Nouns for a kind of thing a text names, and the type of what they name. */
export interface NamedKindPattern extends NamePattern {
  kind: 'ThreatActor' | 'Malware';
}

/**
 * Nouns for one organ of a state. `organ` is the English noun its entity is named with ("Government"
 * for "regime" and "gouvernement": "Government of Iran"), so every spelling, in every language, is one
 * node; without it the noun as written names the organ ("Military of Iran").
 */
export interface StateBodyPattern extends NamePattern {
  organ?: string;
}

/** What the extractor must find in an Arabic name example: these spans with these types, and none of `notEntities`. */
export interface ArabicNameExpectation {
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
  /**
   * Nouns for a newspaper, a magazine or a bulletin ("صحيفة", "مجلة", "نشرة"): they open a title's
   * name with the article ("مجلة الغد"); a transliterated name after one ("صحيفة واشنطن بوست") is
   * the cue's of rules/cues.ts, without the noun.
   */
  pressHeads: readonly string[];
  /** Nouns that say the name after them is a place ("مدينة", "قرية"); the noun is not part of the name. */
  placeHeads: readonly string[];
  /**
   * Nouns that open a place's name and stay in it ("مخيم جنين" is the camp, another place than
   * the city "جنين"); the name after them runs as after `placeHeads`.
   */
  placeHeadsInName: readonly string[];
  /**
   * Nouns that make an organisation head the board of the body named after them ("مجلس إدارة
   * الشركة", "مجلس أمناء المعهد"): no body of its own.
   */
  boardNouns: readonly string[];
  /** Nouns with the article that open a state's name with its adjectives ("المملكة الأردنية"). */
  statePlaceHeads: readonly string[];
  /**
   * Nouns with the article for a state's regime ("النظام"): with the state's adjective after them
   * ("النظام السوري") they name its government, an organisation; with any other word they name
   * nothing (a system).
   */
  regimeHeads: readonly string[];
  /** Titles right before a person's name, beside the cues of rules/cues.ts. */
  personTitles: readonly string[];
  /**
   * Titles written as an abbreviation with a dot ("د." for "الدكتور"): a title before a name,
   * and a dot that ends no sentence.
   */
  abbreviatedTitles: readonly string[];
  /** Common given names: one opens a person's full name. */
  givenNames: readonly string[];
  /** Given names that are also everyday words: they need a second name word to count. */
  givenNamesAlsoWords: readonly string[];
  /** Directions that place one name relative to another: a name does not run past them. */
  directions: readonly string[];
  /**
   * Adjectives, with the article, that tell a place's state after its name ("قرية X المدمرة", the
   * destroyed village X): they end the name. A nisba-like village name right before one is a name.
   */
  placeStates: readonly string[];
  /**
   * Adjectives, with the article, that tell apart places of one name ("الكبيرة", "الشمالية"):
   * after a place's name they are part of it.
   */
  placeNameAdjectives: readonly string[];
  /**
   * Ordinals, with the article, that count a body's sittings or terms after its name ("المجلس
   * التشريعي الأولى" in "جلسة المجلس التشريعي الأولى"): no part of the name.
   */
  ordinals: readonly string[];
  /**
   * Nouns of a body's sitting ("جلسة", "اجتماع"): in "جلسة المجلس ... في مدينة X" the sitting is
   * what is in X, not the body.
   */
  sittingNouns: readonly string[];
  /**
   * Organisation heads of armed forces ("قوات", "جيش"): forces "في" a country are stationed there
   * even where the sentence goes on after the country.
   */
  armedForceHeads: readonly string[];
  /** Place nouns for a village or a small town ("قرية", "بلدة"): the place named after one may lie in a district. */
  villageHeads: readonly string[];
  /**
   * Place nouns for the district or the city a village belongs to ("قضاء", "لواء", "مدينة"),
   * written between the village's name and the district's.
   */
  districtHeads: readonly string[];
  /**
   * Nouns that, right after a title, head a department or a post rather than open a name
   * ("رئيس قسم الأبحاث", "رئيس أركان الجيش"): the title then names no one.
   */
  postNouns: readonly string[];
  /**
   * Time adverbs and ranks that sit between a title and the name of who holds it ("وزير الدفاع
   * آنذاك سمير حداد", "مدير عام ..."): no part of the name.
   */
  titleAdverbs: readonly string[];
  /**
   * English letters spelled out in Arabic script ("بي إيه إي سيستمز" = BAE Systems): a run of
   * them is an acronym, one word of the name ("إي" is also a particle, so a letter counts only
   * inside or at the start of such a run).
   */
  spelledLetters: readonly string[];
  /** Adjectives of the nisba form that follow names without being a family name ("الحالي", "الأمني"). */
  nisbaAdjectives: readonly string[];
  /** Everyday adjectives that may follow a given name without being a family name ("الجديد", "السابق"). */
  plainAdjectives: readonly string[];
  /** Nouns of a post that open the apposition after a speaker's name ("وقال سمير حداد، مستشار ..."): the name is a person's. */
  speakerRoles: readonly string[];
  /** Pronouns that open such an apposition ("وقال يوسف، وهو مسؤول ..."). */
  personalAppositions: readonly string[];
  /** Nouns for an unnamed source ("مسؤول", "مصدر"): a speaker so described is named by none. */
  unnamedSources: readonly string[];
  kunyas: readonly string[];
  lineage: readonly string[];
  servantOf: string;
  /**
   * The name of God, which closes a compound name after any name word ("نصر الله", "فضل الله",
   * "الحمد الله"): part of the name before it.
   */
  divineName: string;
  /** Nouns for the kinds of thing a threat report names, without the article, with the type of their names. */
  namedKinds: ReadonlyArray<{ kind: 'ThreatActor' | 'Malware'; phrases: readonly string[] }>;
  /**
   * Words of naming, without the clitics و/ف, between a kind or a cue and the quoted or Latin
   * name they give, whoever gives it ("برمجية تدعى X", "عرفت باسم «X»", "مجموعة جديدة أطلقنا
   * عليها اسم X"). After a cue the cue types the name (`names-arabic.ts`); after one of
   * `namedKinds`, with up to three words of description between, the name is of that kind
   * wherever the text writes it (`introduced-names.ts`).
   */
  namingWords: readonly string[];
  /**
   * Cue phrases right before a name, each with the type of that name ("مجموعة قرصنة": a threat
   * actor, "شركة": an organisation, "الوزير": a person); `quotedOnly` when a bare phrase is too
   * common to type every word after it and types only a quoted or Latin-script name ("مجموعة
   * «X»", "حساب «X»").
   */
  cues: ReadonlyArray<{ phrase: string; type: EntityType; quotedOnly?: boolean }>;
  /**
   * Nouns of a body whose name after them is mostly transliterated ("شركة", "وكالة": the cue's,
   * without the noun), but which, with a complement that has the article and an adjective or a
   * second complement, open a name of their own as `organisationHeads` do ("وكالة الأمن
   * السيبراني السنغافورية", "شركة الكهرباء الوطنية"); with one complement alone ("وكالة الأنباء")
   * they name no one body.
   */
  definiteNameHeads: readonly string[];
  /**
   * Nouns of an incident with the article ("الهجوم", "الاختراق"): after a name opened by a head
   * they are what the clause's verb acts on ("نسب الباحث من جامعة هارتفيلد الهجوم إلى ..."), no
   * complement of the name.
   */
  incidentNounsAfterName: readonly string[];
  /**
   * Honorifics with the article that, between a head noun and a given name, belong to the body's
   * name ("مستشفى الملك عبدالله", "جامعة الأمير سلطان"): the body is named after the person,
   * who is not named apart from it.
   */
  honorificsInBodyNames: readonly string[];
  /**
   * The masculine personal pronouns that open an apposed clause ("، وهو عضو في ..."): they stand
   * for a man or a masculine noun, never for a body named with a feminine noun ("شركة Z").
   */
  masculinePronouns: readonly string[];
  /**
   * First words of a state body's name (a ministry, an agency, a security service) that an
   * adjective of nationality closing the name places in that country: "وزارة الخارجية الإيرانية"
   * is how Arabic writes "Iran's foreign ministry", whose possessive places it. Plain; not the government itself ("الحكومة الصينية"), nor firms,
   * whose country in the name is part of it ("أرامكو السعودية"). Without the article, which
   * matching allows.
   */
  bodiesPlacedByClosingAdjective: readonly string[];
  /**
   * Adjectives that close a body's name after its definite complement though they are no
   * adjective of origin: "مديرية الأمن العام" (public security), "النيابة العامة", "المحكمة
   * العليا". Each pairs the masculine and feminine forms, which must agree with the word before
   * it, so that "وزارة الصحة العام الماضي" (last year) keeps the year out of the name.
   */
  closingBodyAdjectives: readonly { masculine: string; feminine: string }[];
  /**
   * The capital noun with its article: in apposition before a name ("العاصمة الأردنية عمان",
   * "في العاصمة عمان") it makes the name a city, where the same spelling is also a country's.
   * Without the article it is in construct ("عاصمة عمان", the capital of Oman): no such reading.
   */
  definiteCapitalNouns: readonly string[];
  examples: readonly [Example<ArabicNameExpectation>, ...Array<Example<ArabicNameExpectation>>];
}
