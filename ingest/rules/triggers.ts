/**
 * Relation triggers: what each one means, whatever the language, and the matcher that finds
 * them. The words of each trigger live in the language packs, under the trigger's id
 * (ingest/extract/lang/{ar,fr,en}/triggers.ts); this module reads them once, when it loads.
 *
 * The extractor looks for typed mentions on each side of a trigger; graph-schema's endpoint
 * pairs decide which of the listed relation types applies (the first allowed wins), so "lié au
 * GRU" is an attribution for a threat actor and nothing for a person.
 *
 * `source: 'left'` means the mention before the trigger is the relation's source ("APT28 a
 * enregistré X"); `'right'` the one after it ("fondé par X", "X كانت وراء" has the actor on
 * the left as target and the event on the right as source). `many` lets one trigger reach
 * every indicator in a list ("a enregistré a.fr et b.fr"). `after` names triggers whose two
 * arguments both follow them, in the given order: "blamed North Korea for the attack" (target
 * first), "attributed the hack to the SVR" (source first).
 */
import type { RelationType } from '../../graph-schema/schema.ts';
import { triggerWords } from '../extract/lang/index.ts';
import type { TriggerId } from '../extract/lang/types.ts';
import { findWithCompoundTenses } from './compound-tenses.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { ARABIC_NOUN_PREFIX, ARABIC_VERB_PREFIX, phrasesSource } from './text.ts';

export interface TriggerSpec {
  /** A trigger of the language packs, or a relation stated without trigger words (an apposition, a compound adjective). */
  id:
    | TriggerId
    | 'apposition'
    | 'possessive'
    | 'compound-attribution'
    | 'compound-ownership'
    | 'place-in-country';
  types: readonly RelationType[];
  source: 'left' | 'right';
  /** 0..1: how reliably the words state the relation; scales confidence. */
  strength: number;
  /**
   * Nouns and adjectives ("chef de", "lié à", "victime de") take attached articles and
   * prepositions in Arabic, and have no verb-first reading ("واستهدفت المجموعة ..." is a verb's).
   */
  wordClass: 'verb' | 'noun';
  many?: boolean;
  /** Both arguments follow the trigger, in this order. */
  after?: 'source-first' | 'target-first';
  /** A passive: the names after it are its arguments, none of them a subject who states it. */
  passive?: boolean;
  /** How far before the trigger the left argument may be, in words, when closer than the default. */
  maxLeftWords?: number;
  /** How far after the trigger the right argument may be, in words, when closer than the default. */
  maxRightWords?: number;
  /**
   * The relation when the role's object is a department of the organisation named after it
   * ("head of research at X", "رئيس قسم الأبحاث في X"): leading a department is working for the whole.
   */
  ofDepartment?: RelationType;
  /**
   * The trigger describes the noun phrase just before it ("organisations located in Y"): a name
   * separated from it by another trigger is that trigger's argument ("X targeted organisations
   * located in Y" says nothing of where X is).
   */
  describesNearest?: boolean;
  /**
   * A post a person holds ("directeur de", "analyst at"): its holder may be the title's name
   * ("President Putin", "SolarWinds CEO X") or follow the organisation ("vice-président du FN
   * Florian Philippot").
   */
  role?: boolean;
  /**
   * An apposition may carry it ("X, chercheur chez Y,"): the article's own statement then, not
   * what the sentence reports, and a role right before a speaking organisation describes an
   * unnamed speaker ("a researcher at Dragos said").
   */
  apposable?: boolean;
  /** The speaker claims the act for itself ("claimed responsibility for"): the target is its own claimant. */
  selfClaim?: boolean;
  /**
   * The speaker claims the deed for itself and names its victim ("claimed responsibility for
   * attacks on X"): the source is its own claimant.
   */
  claimsOwnDeed?: boolean;
  /**
   * The clause it opens qualifies the name before it ("APT 28 المرتبطة بالاستخبارات ... كانت
   * وراء"): a later trigger of the sentence takes that name, not the qualifier's object.
   */
  qualifiesHead?: boolean;
  /**
   * A noun that may head the phrase of the name right before it ("the Tailored Access
   * Operations unit of the NSA"): written so, it describes that name in the article's own
   * words, whatever verb frames the phrase.
   */
  headsName?: boolean;
  /**
   * It says who was responsible without saying for what ("drew accusations that X was
   * responsible"): the incident is the one its sentence tells of before that name.
   */
  incidentOfSentence?: boolean;
  /**
   * The agent of a passive comes between it and its target ("linked by Mandiant to APT28"): that
   * agent is who makes the statement, and the target is the name after "to".
   */
  agentFirst?: boolean;
  /**
   * A post in the plural ("les dirigeants de X", "the leaders of X"): though it describes the
   * name before it, every name listed with that one holds it too ("A et B, les dirigeants de X").
   */
  sharedByList?: boolean;
  /** Both arguments may also follow it, the source first ("Victims of the hack included A, B and C"). */
  listedAfter?: boolean;
  /**
   * A tie whose ends may come in either order: an actor tied to an incident ("X is linked to the
   * hack of Y") is the incident's author, the incident the source.
   */
  eitherOrder?: boolean;
  /**
   * It qualifies a name inside the name's own phrase ("Google's Threat Analysis Group"): always
   * the article's own words, whatever frames the sentence.
   */
  qualifiesName?: boolean;
  /**
   * In English it may describe the common noun right before it ("the actors behind X"), which is
   * then its argument rather than a name further back.
   */
  modifiesNoun?: boolean;
  /**
   * Said of the common noun it follows, never of a name qualifying that noun: "two Danish Navy
   * depots located in Aalborg" places the depots, not the navy.
   */
  saysOfNounOnly?: boolean;
  /**
   * It ties a thing to its owner ("attributed to", "linked to", "controlled by"): an indicator so
   * tied to a threat actor ("domains attributed to TA999:" over a list of them) is infrastructure
   * the actor uses, a relation the layout of a list states (./colon-lists.ts).
   */
  ownsInfrastructure?: boolean;
  /**
   * A verb that carries its object, the deed, as a pronoun ("نفذه", "دبرته"): the deed is named
   * before it, so it has no verb-first reading with its source after it.
   */
  deedBefore?: boolean;
  /**
   * An infinitive of purpose: the agent of a use right before it is its subject ("a toolset used
   * by X to compromise Y": X compromised Y), though the object of a description is no subject
   * of a finite verb after it.
   */
  ofAgent?: boolean;
  /**
   * A bare preposition of opposition ("against", "contre"): a person against anyone ("M. A
   * combat contre M. B", "se présente contre le candidat de X", "ran against the party") is a
   * rivalry, an election or a lawsuit; an attack by a person is told by a verb of attack.
   */
  notFromPerson?: boolean;
  /** Its left argument is an incident's own mention, right before it ("le piratage de X par Y"). */
  ofIncident?: boolean;
  /**
   * Its source is the threat actor named nearest before it (after it, for a source on the right:
   * "received phishing emails from Y"), or there is none.
   */
  actorOnly?: boolean;
  /**
   * A passive said of one of the packs' `references.victimHoldings` ("X's network was disrupted
   * by Y", "the systems of X were shut down by Y"): its target is the organisation owning that
   * subject, its source a threat actor; a police force shutting down a gang's servers is no attack.
   */
  holdingSubject?: boolean;
  /** A person's possessive ("his role in"): its left argument is the person named nearest before it, or there is none. */
  personOnly?: boolean;
}

/** A trigger as matched, with its language-independent spec. */
export interface LoadedTrigger extends TriggerSpec {
  /** Every language's phrases, and the words that disarm it, from the language packs. */
  phrases: readonly string[];
  notAfter: readonly string[];
  notAfterUnlessNamed: readonly string[];
  notBefore: readonly string[];
  notRightAfter: readonly string[];
  /**
   * Words that must join its two arguments when both follow it ("identified X as Y"); any when
   * none. Without `after`, the words right before its target ("ويعمل X في شركة Y").
   */
  between: readonly string[];
}

/** Whether the trigger describes the name before it, often inside an apposition ("TNT, filiale de FedEx,"). */
export function describesName(spec: TriggerSpec): boolean {
  return spec.apposable === true || spec.describesNearest === true;
}

/** Whether an Arabic verb trigger may come before both its arguments ("واستهدفت MuddyWater جهات ..."). */
export function readsVerbFirst(spec: TriggerSpec): boolean {
  return spec.wordClass === 'verb' && spec.describesNearest !== true && spec.deedBefore !== true;
}

/** "linked to", "affiliated with": a tie from the described name to the one after the words. */
const AFFILIATION: Omit<TriggerSpec, 'id'> = {
  types: ['ATTRIBUTED_TO', 'PART_OF'],
  source: 'left',
  strength: 1,
  wordClass: 'noun',
  describesNearest: true,
  qualifiesHead: true,
  ownsInfrastructure: true,
  eitherOrder: true,
};

/** In the order in which the matcher prefers them when two match the same words. */
const SPECS: Readonly<Record<TriggerId, Omit<TriggerSpec, 'id'>>> = {
  affiliation: AFFILIATION,
  // "hackers working for the GRU", "charged X with working for Y": an affiliation, and a person's
  // employment; like an affiliation, it describes the name before it, whose object is no subject
  // of the verb after ("Hackers working for Russia's GRU targeted the DNC").
  'working-for': {
    types: ['ATTRIBUTED_TO', 'PART_OF', 'WORKS_FOR'],
    source: 'left',
    strength: 1,
    wordClass: 'noun',
    describesNearest: true,
    qualifiesHead: true,
    eitherOrder: true,
  },
  // "on behalf of", "controlled by": an actor or an incident is the instrument of the one named
  // after; an organisation acting for a client ("Mandiant, acting on behalf of X") is no part of it.
  proxy: {
    types: ['ATTRIBUTED_TO'],
    source: 'left',
    strength: 0.9,
    wordClass: 'noun',
    describesNearest: true,
    qualifiesHead: true,
    ownsInfrastructure: true,
  },
  // "ترتبط فانسي بير بالاستخبارات": the verb, which may come before its subject.
  linking: {
    types: ['ATTRIBUTED_TO', 'PART_OF'],
    source: 'left',
    strength: 1,
    wordClass: 'verb',
    eitherOrder: true,
  },
  responsibility: {
    types: ['ATTRIBUTED_TO'],
    source: 'right',
    strength: 1,
    wordClass: 'verb',
    modifiesNoun: true,
  },
  'unstated-responsibility': {
    types: ['ATTRIBUTED_TO'],
    source: 'right',
    strength: 0.9,
    maxRightWords: 0,
    wordClass: 'verb',
    incidentOfSentence: true,
  },
  // "APT28 a mené l'attaque contre TV5Monde": the incident is the verb's own object, right after it
  // ("a mené l'enquête sur le piratage" conducted something else).
  conduct: { types: ['ATTRIBUTED_TO'], source: 'right', strength: 1, maxRightWords: 1, wordClass: 'verb' },
  // A group claiming an attack for itself: the speaker is the one responsible.
  'self-claim': {
    types: ['ATTRIBUTED_TO'],
    source: 'right',
    strength: 0.9,
    wordClass: 'verb',
    selfClaim: true,
  },
  // "l'attaque, revendiquée par X": the passive of a claim of responsibility, X's own word.
  'claimed-by': {
    types: ['ATTRIBUTED_TO'],
    source: 'left',
    strength: 0.9,
    wordClass: 'verb',
    selfClaim: true,
  },
  attribution: {
    types: ['ATTRIBUTED_TO'],
    source: 'left',
    strength: 1,
    wordClass: 'verb',
    ownsInfrastructure: true,
  },
  // "le piratage de TV5Monde par APT28": an incident's own mention, then its agent, a word or two
  // after the preposition; after anything else "par" is any passive's.
  'incident-by': {
    types: ['ATTRIBUTED_TO'],
    source: 'left',
    strength: 0.9,
    wordClass: 'noun',
    maxLeftWords: 0,
    maxRightWords: 2,
    ofIncident: true,
  },
  // "اختراق X نفذته مجموعة Y": the deed, then the verb carrying it as a pronoun and its author.
  // The deed is never after the verb: no verb-first reading takes a name there for it.
  'deed-pronoun': {
    types: ['ATTRIBUTED_TO'],
    source: 'left',
    strength: 1,
    wordClass: 'verb',
    deedBefore: true,
  },
  'attribution-split': {
    types: ['ATTRIBUTED_TO'],
    source: 'left',
    after: 'source-first',
    strength: 0.9,
    wordClass: 'verb',
  },
  // "حمّلت لندن موسكو مسؤولية الهجوم": the verb, its subject, the party held responsible, then
  // the incident; the pack's `between` word ("مسؤولية") must join the two.
  blame: {
    types: ['ATTRIBUTED_TO'],
    source: 'left',
    after: 'target-first',
    strength: 0.9,
    wordClass: 'verb',
  },
  'attributed-by': {
    types: ['ATTRIBUTED_TO'],
    source: 'left',
    strength: 0.9,
    // The agent and "to" come before the target, which a description may precede: "linked by
    // Mandiant to the prolific Russia-based espionage group APT28".
    maxRightWords: 14,
    wordClass: 'verb',
    agentFirst: true,
  },
  // "identified as" says what a name is: for an actor and an organisation, the service behind it.
  identification: { types: ['ATTRIBUTED_TO'], source: 'left', strength: 0.9, wordClass: 'verb' },
  'identification-split': {
    types: ['ATTRIBUTED_TO'],
    source: 'left',
    after: 'source-first',
    strength: 0.9,
    wordClass: 'verb',
  },
  // "واتهمت الحكومة الألمانية مجموعة X التي تعمل لصالح Y باختراق Z": the accuser, the accused and
  // what describes it, then the charge: a longer reach than a verb's object.
  accusation: {
    types: ['ATTRIBUTED_TO'],
    source: 'right',
    after: 'target-first',
    strength: 0.9,
    wordClass: 'verb',
    maxRightWords: 14,
  },
  registration: { types: ['REGISTERED'], source: 'left', strength: 1, many: true, wordClass: 'verb' },
  'registered-by': { types: ['REGISTERED'], source: 'right', strength: 1, wordClass: 'verb' },
  use: { types: ['USES'], source: 'left', strength: 0.8, many: true, wordClass: 'verb' },
  // "a backdoor used by TA505", "observed being used by the group": the user comes after.
  'used-by': { types: ['USES'], source: 'right', strength: 0.8, wordClass: 'verb' },
  // "APT28's use of Zebrocy": the user is the possessor written right before the noun.
  'use-of': { types: ['USES'], source: 'left', strength: 0.8, maxLeftWords: 1, wordClass: 'noun' },
  impersonation: {
    types: ['IMPERSONATES'],
    source: 'left',
    maxLeftWords: 3,
    // "posed as reporters from Deutsche Welle"; "imitated the name of the company that ran the
    // committee's network" imitates the company, not the committee further on.
    maxRightWords: 4,
    strength: 0.9,
    wordClass: 'verb',
  },
  targeting: { types: ['TARGETED'], source: 'left', strength: 0.9, wordClass: 'verb' },
  // "استُهدفت X من قبل Y", "تم اختراق X من قبل Y": the victim, then the agent, both after the
  // verb; the pack's `between` words ("من قبل") must join the two.
  'passive-targeting': {
    types: ['TARGETED'],
    source: 'right',
    after: 'target-first',
    passive: true,
    strength: 0.9,
    wordClass: 'verb',
  },
  // "APT28 used Zebrocy to compromise NATO": an infinitive of purpose; its subject is the means or
  // actor right before it ("tried to hack"), never a name further back in another verb's phrase.
  purpose: {
    types: ['TARGETED'],
    source: 'left',
    strength: 0.9,
    maxLeftWords: 4,
    wordClass: 'verb',
    ofAgent: true,
  },
  // "The campaign began in 2016 with the main goal to compromise X": a goal named with its verb of
  // attack is its subject's, however far back in the clause (a purpose of a means stays within
  // four words).
  goal: { types: ['TARGETED'], source: 'left', strength: 0.9, wordClass: 'noun' },
  // "Lazarus stole 81 million dollars from Bangladesh Bank": the one robbed is named a few words
  // after the loot, never further (what was done with it next is another clause's).
  theft: { types: ['TARGETED'], source: 'left', strength: 0.9, maxRightWords: 6, wordClass: 'verb' },
  // "The group leaked data stolen from the ministry": what an attacker holds or puts out, stolen
  // from a victim, it stole. A publisher or a vendor is no thief ("WikiLeaks published e-mails
  // stolen from X"), nor a tool ("EternalBlue, an exploit stolen from the NSA"): the nearest name
  // before must be an actor's.
  // "The group sent phishing emails to journalists in X": whom an actor's lures are sent to it
  // targets; a ministry mailing its staff, or a vendor its customers, targets nobody.
  'lures-to': {
    types: ['TARGETED'],
    source: 'left',
    strength: 0.9,
    wordClass: 'verb',
    actorOnly: true,
  },
  // "The group focuses on the Middle East": the actor's, not a ministry's or a newspaper's focus.
  focus: {
    types: ['TARGETED'],
    source: 'left',
    strength: 0.9,
    maxRightWords: 6,
    wordClass: 'verb',
    actorOnly: true,
  },
  'stolen-from': {
    types: ['TARGETED'],
    source: 'left',
    strength: 0.9,
    maxRightWords: 6,
    wordClass: 'verb',
    actorOnly: true,
  },
  opposition: {
    types: ['TARGETED'],
    source: 'left',
    strength: 0.9,
    wordClass: 'verb',
    notFromPerson: true,
  },
  // "attacks by APT28 on NATO": the attacker, then its target, both after the noun.
  'attack-by': {
    types: ['TARGETED'],
    source: 'left',
    after: 'source-first',
    strength: 0.9,
    wordClass: 'noun',
  },
  // "Most of their targets have been in A, B and C": the owner of the targets targeted each place.
  'targets-of': { types: ['TARGETED'], source: 'left', strength: 0.9, maxLeftWords: 1, wordClass: 'verb' },
  victim: { types: ['TARGETED'], source: 'right', strength: 0.9, wordClass: 'noun', listedAfter: true },
  // "X claimed responsibility for attacks on Y": the claimant attacked Y, by its own word.
  'claimed-attacks': {
    types: ['TARGETED'],
    source: 'left',
    strength: 0.9,
    wordClass: 'verb',
    claimsOwnDeed: true,
  },
  'holding-victim': {
    types: ['TARGETED'],
    source: 'right',
    strength: 0.9,
    wordClass: 'noun',
    holdingSubject: true,
  },
  // "sanctioned X over his role in the hack of Y": the person named nearest before had a hand in
  // it; the incident right after "in" ("his role in the investigation of the hack" is another part).
  'personal-role': {
    types: ['ATTRIBUTED_TO'],
    source: 'right',
    strength: 0.9,
    maxRightWords: 2,
    wordClass: 'noun',
    personOnly: true,
  },
  // "Staff at X received phishing emails from Y": the sender of the lures targeted their receiver,
  // an actor only ("received emails from Reuters" tells no attack).
  'lures-from': {
    types: ['TARGETED'],
    source: 'right',
    strength: 0.9,
    maxRightWords: 2,
    wordClass: 'verb',
    actorOnly: true,
  },
  // A person works for an organisation; a group "working for" a service is attributed to it.
  employment: {
    types: ['WORKS_FOR', 'ATTRIBUTED_TO'],
    source: 'left',
    strength: 0.9,
    wordClass: 'noun',
    role: true,
    apposable: true,
  },
  // "قالت سارة من شركة X": a person from a company works there; "from" states nothing of a group
  // ("سرقت لازاروس الأموال من شركة X" is what was taken from whom).
  'staff-of': {
    types: ['WORKS_FOR'],
    source: 'left',
    strength: 0.9,
    wordClass: 'noun',
    role: true,
    apposable: true,
  },
  leadership: {
    types: ['LEADS'],
    source: 'left',
    strength: 0.9,
    wordClass: 'noun',
    role: true,
    apposable: true,
    ofDepartment: 'WORKS_FOR',
  },
  'shared-leadership': {
    types: ['LEADS'],
    source: 'left',
    strength: 0.9,
    wordClass: 'noun',
    role: true,
    apposable: true,
    sharedByList: true,
  },
  // "X يقود مجموعة لازاروس": a verb of heading takes its object right after it; past a noun of its
  // own ("يقود شبكات من القراصنة تعمل ضد ...") a later name is another clause's.
  heading: { types: ['LEADS'], source: 'left', strength: 0.9, maxRightWords: 1, wordClass: 'verb' },
  // "The FSB, led by X", "l'agence, dirigée par X": the head follows; the participle describes the name before it.
  'led-by': {
    types: ['LEADS'],
    source: 'right',
    strength: 0.9,
    wordClass: 'verb',
    apposable: true,
    describesNearest: true,
  },
  // "the government of Iran under Hassan Rouhani": the body right before "under" is led by the
  // person right after it; written within the body's phrase, the article's own statement.
  'led-under': {
    types: ['LEADS'],
    source: 'right',
    strength: 0.8,
    wordClass: 'verb',
    headsName: true,
    maxLeftWords: 0,
    maxRightWords: 0,
  },
  // "named director of ANSSI, succeeding X": X held the post before; the body is named just before.
  succession: {
    types: ['LEADS'],
    source: 'right',
    strength: 0.8,
    wordClass: 'verb',
    maxLeftWords: 6,
    maxRightWords: 1,
  },
  membership: {
    types: ['MEMBER_OF'],
    source: 'left',
    strength: 0.8,
    wordClass: 'noun',
    role: true,
    apposable: true,
  },
  founding: {
    types: ['FOUNDED'],
    source: 'left',
    strength: 0.9,
    wordClass: 'noun',
    role: true,
    apposable: true,
  },
  'founded-by': { types: ['FOUNDED'], source: 'right', strength: 0.9, wordClass: 'verb', apposable: true },
  part: {
    types: ['PART_OF'],
    source: 'left',
    strength: 0.9,
    wordClass: 'noun',
    apposable: true,
    headsName: true,
  },
  // Verbs and participles of place ("based in", "تعمل من"), describing the name before them.
  location: {
    types: ['LOCATED_IN'],
    source: 'left',
    strength: 0.9,
    wordClass: 'verb',
    describesNearest: true,
    saysOfNounOnly: true,
  },
  // "نفت شركة X، ومقرها اليونان، ...": the seat set off after the name is the article's own
  // description, whatever the sentence around it says.
  'seat-apposition': {
    types: ['LOCATED_IN'],
    source: 'left',
    strength: 0.9,
    wordClass: 'verb',
    describesNearest: true,
    qualifiesName: true,
  },
  // "The headquarters of X are in Y", "le siège de X est à Y", "يقع مقر X في Y": both follow it.
  seat: {
    types: ['LOCATED_IN'],
    source: 'left',
    after: 'source-first',
    strength: 0.9,
    wordClass: 'verb',
  },
  // "وتتخذ شركة X من موسكو مقرا لها": the verb, its subject, then the pack's `between` word and
  // the seat it takes.
  'seat-taking': {
    types: ['LOCATED_IN'],
    source: 'left',
    after: 'source-first',
    strength: 0.9,
    wordClass: 'verb',
  },
  // "ويعمل سامي حداد في شركة X": the verb of working set first, its subject, then the pack's
  // `between` words right before the employer.
  'working-at': {
    types: ['WORKS_FOR'],
    source: 'left',
    strength: 0.9,
    wordClass: 'verb',
  },
  publication: { types: ['PUBLISHED'], source: 'left', strength: 0.8, many: true, wordClass: 'verb' },
  'published-by': { types: ['PUBLISHED'], source: 'right', strength: 0.8, wordClass: 'verb' },
  resolution: { types: ['RESOLVES_TO'], source: 'left', strength: 1, wordClass: 'verb' },
  // "Iran began ... after suffering the Stuxnet attack": who suffers an attack is its target;
  // what they suffer is named right after the verb ("suffered losses after the attack" is no attack).
  suffering: { types: ['TARGETED'], source: 'right', strength: 0.9, maxRightWords: 1, wordClass: 'verb' },
  // "X, which Microsoft links to the GRU": read as the affiliation it is; its own words keep
  // out the noun ("a link to", "links to a blog post").
  'link-verb': AFFILIATION,
  // "X fait partie du GRU, a affirmé le ministère": a verb right after the name, unlike a noun of
  // `part` ("the TAO unit of the NSA"), heads no name; the sentence's claims frame it.
  // "fait partie du GRU": a body's part; a person so placed in a group or a party is its member.
  belonging: { types: ['PART_OF', 'MEMBER_OF'], source: 'left', strength: 0.9, wordClass: 'verb' },
};

/** Every trigger with its words in every language; a trigger no pack gives words to is a mistake. */
export const TRIGGERS: readonly LoadedTrigger[] = (Object.keys(SPECS) as TriggerId[]).map((id) => {
  const words = triggerWords(id);
  if (words.length === 0) throw new Error(`relation trigger "${id}" has no words in any language pack`);
  return {
    id,
    ...SPECS[id],
    phrases: words.flatMap((entry) => entry.phrases),
    notAfter: words.flatMap((entry) => entry.notAfter),
    notAfterUnlessNamed: words.flatMap((entry) => entry.notAfterUnlessNamed),
    notBefore: words.flatMap((entry) => entry.notBefore),
    notRightAfter: words.flatMap((entry) => entry.notRightAfter),
    between: words.flatMap((entry) => entry.between),
  };
});

export interface TriggerMatch {
  spec: TriggerSpec;
  start: number;
  end: number;
}

const TRIGGER_MATCHER = new PhraseMatcher(
  TRIGGERS.flatMap((spec) =>
    spec.phrases.map((phrase) => ({
      phrase,
      value: spec,
      arabicPrefix: spec.wordClass === 'noun' ? ARABIC_NOUN_PREFIX : ARABIC_VERB_PREFIX,
    })),
  ),
);

/** A step at law or a protest, then up to four words of the same clause, ending where the trigger starts. */
const DISARMING = new Map<TriggerSpec, RegExp>(
  TRIGGERS.filter((spec) => spec.notAfter.length > 0).map((spec) => [
    spec,
    new RegExp(
      `${phrasesSource(spec.notAfter, ARABIC_NOUN_PREFIX)}(?:\\s+[^\\s,،.;:!?()«»"“”]+){0,4}\\s+$`,
      'iu',
    ),
  ]),
);
/**
 * A verb of finding or telling, then up to four words of the same clause with no name among them
 * (no capitalised word, elided or not), ending where the trigger starts.
 */
const DISARMING_UNLESS_NAMED = new Map<TriggerSpec, RegExp>(
  TRIGGERS.filter((spec) => spec.notAfterUnlessNamed.length > 0).map((spec) => [
    spec,
    new RegExp(
      `${phrasesSource(spec.notAfterUnlessNamed)}(?:\\s+(?!\\p{Lu})(?!\\p{L}['’]\\p{Lu})[^\\s,،.;:!?()«»"“”]+){0,4}\\s+$`,
      'u',
    ),
  ]),
);
/** How far back a disarming noun is looked for. */
const DISARMING_REACH = 80;
/** The word right before the trigger that gives it another sense. */
const OTHER_SENSE_BEFORE = new Map<TriggerSpec, RegExp>(
  TRIGGERS.filter((spec) => spec.notRightAfter.length > 0).map((spec) => [
    spec,
    new RegExp(`${phrasesSource(spec.notRightAfter)}\\s+$`, 'iu'),
  ]),
);
/** The word right after the trigger that gives it another sense. */
const OTHER_SENSE = new Map<TriggerSpec, RegExp>(
  TRIGGERS.filter((spec) => spec.notBefore.length > 0).map((spec) => [
    spec,
    new RegExp(`^\\s+${phrasesSource(spec.notBefore)}(?![\\p{L}\\p{M}\\p{N}])`, 'iu'),
  ]),
);
/** How much text next to the trigger is read for that word. */
const OTHER_SENSE_REACH = 40;
/**
 * The words that must join a trigger's two following arguments, the gap being all they are. An
 * incident's mention leaves out its Arabic article ("مسؤولية الهجوم على X" names "هجوم على X"), so
 * the article may close the gap.
 */
const JOINING = new Map<TriggerSpec, RegExp>(
  TRIGGERS.filter((spec) => spec.between.length > 0).map((spec) => [
    spec,
    new RegExp(`^\\s*${phrasesSource(spec.between)}\\s*(?:ال)?$`, 'iu'),
  ]),
);

/** The words that must be all the gap between a trigger's two following arguments, if it has any. */
export function joiningWords(spec: TriggerSpec): RegExp | undefined {
  return JOINING.get(spec);
}

/**
 * Whether `text` opens with words that state a relation ("تعمل لصالح ...", "تستهدف ..."): such
 * words follow a noun to say what it does, and never begin its name.
 */
export function startsWithTrigger(text: string): boolean {
  return TRIGGER_MATCHER.findAtStart(text) !== undefined;
}

/** Every trigger in text[start, end). One pass over the words. */
export function findTriggers(text: string, start: number, end: number): TriggerMatch[] {
  return findWithCompoundTenses(TRIGGER_MATCHER, text, start, end, { throughNegation: true })
    .map((match) => ({ spec: match.value, start: match.start, end: match.end }))
    .filter((trigger) => !disarmed(text, start, trigger));
}

function disarmed(text: string, sentenceStart: number, trigger: TriggerMatch): boolean {
  const before = DISARMING.get(trigger.spec);
  const unlessNamed = DISARMING_UNLESS_NAMED.get(trigger.spec);
  const after = OTHER_SENSE.get(trigger.spec);
  const rightBefore = OTHER_SENSE_BEFORE.get(trigger.spec);
  return (
    (before !== undefined &&
      before.test(text.slice(Math.max(sentenceStart, trigger.start - DISARMING_REACH), trigger.start))) ||
    (unlessNamed !== undefined &&
      unlessNamed.test(
        text.slice(Math.max(sentenceStart, trigger.start - DISARMING_REACH), trigger.start),
      )) ||
    (after !== undefined && after.test(text.slice(trigger.end, trigger.end + OTHER_SENSE_REACH))) ||
    (rightBefore !== undefined &&
      rightBefore.test(text.slice(Math.max(sentenceStart, trigger.start - OTHER_SENSE_REACH), trigger.start)))
  );
}
