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
  /** Verbs of saying only: the name right after it is whom it is said to ("told Reuters"), never its speaker. */
  namesListener?: boolean;
  /**
   * Verbs of saying only: words right after the verb that give it a sense other than saying
   * ("the office reports to the ministry": whom a body answers to, a relation trigger).
   */
  notBefore?: readonly string[];
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
}

/**
 * The relation triggers, by the id of their language-independent spec (ingest/rules/triggers.ts
 * holds one spec per id, which the compiler checks).
 */
export const TRIGGER_IDS = [
  'affiliation',
  // Acting for another ("on behalf of", "controlled by"): an attribution only, never a part.
  'proxy',
  'linking',
  'responsibility',
  'unstated-responsibility',
  'self-claim',
  'claimed-by',
  'attribution',
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
  'publication',
  'published-by',
  'resolution',
  'suffering',
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
  /** Words right after the trigger that give it another sense ("leads to"). */
  notBefore?: readonly string[];
  /** Words right before the trigger that give it another sense ("highly targeted" is an adjective). */
  notRightAfter?: readonly string[];
  /** Words that must join the two arguments after the trigger ("identified X as Y"). */
  between?: readonly string[];
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
}

/** The concepts of the claim vocabulary that are cues of a modality. */
export type ClaimConcept = Exclude<
  keyof ClaimVocabulary,
  'continuation' | 'participles' | 'relatives' | 'unnamedSpeakers' | 'accusations' | 'laterAccusers'
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
   * Capitalised heads of a region's name with "of"/"de" after them ("District of Columbia",
   * "Province de Namur"): the whole phrase names one place, head included.
   */
  regionHeads: readonly NamePattern[];
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
  /** Nouns with the article that open a state's name with its adjectives ("المملكة الأردنية"). */
  statePlaceHeads: readonly string[];
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
  kunyas: readonly string[];
  lineage: readonly string[];
  servantOf: string;
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
  examples: readonly [Example<ArabicNameExpectation>, ...Array<Example<ArabicNameExpectation>>];
}
