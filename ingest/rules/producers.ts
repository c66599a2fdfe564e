/**
 * The relation producers besides trigger words, each one entry of a registry.
 *
 * Sentence producers find a relation a sentence states without trigger words (an apposition, a
 * compound adjective); ./relations.ts frames each like a trigger's, with the claims of its
 * sentence. Document producers infer a relation from what the document established as a whole
 * (an incident named after its victim, a look-alike host, a unit's parent, a demonym); each
 * gives the claim context of the sentence that states it, and the pipeline settles modality,
 * claimants and confidence for all of them in one place (./modality.ts).
 */
import {
  allowsEndpoints,
  type EntityType,
  type Modality,
  type RelationType,
} from '../../graph-schema/schema.ts';
import { isDefanged } from '../indicators/refang.ts';
import type { GazetteerMention } from '../lexicon/index.ts';
import type { Sentence, Span } from '../types.ts';
import { findAppositionRelations } from './appositions.ts';
import { findCareerClauses } from './career-clauses.ts';
import { findColonLists, itemRole } from './colon-lists.ts';
import { findCompoundAttributions } from './compound-attributions.ts';
import { findAccusedActors, findAccusedIncidents } from './denied-accusations.ts';
import { findUnstatedClaims } from './unstated-claims.ts';
import { demonymPlace, findPlacements } from './demonyms.ts';
import type { Incidents } from './events.ts';
import {
  findBrandLookalikes,
  findImpersonations,
  IMITATING_TYPES,
  presentsImitation,
  spelledAt,
  type Impersonation,
} from './impersonation.ts';
import { findFrontedPlacements } from './fronted-places.ts';
import { findIncidentAgents } from './incident-agents.ts';
import { findIncidentPlacements } from './incident-places.ts';
import { findOpeningPlacements } from './opening-places.ts';
import { findIndicatorPlacements } from './indicator-places.ts';
import { findOrganisationPlacements } from './organisation-places.ts';
import { findIncidentObjects } from './incident-objects.ts';
import { findPublishedIncidents } from './leaked-material.ts';
import { findLeakOwners } from './leak-owners.ts';
import { findListedMembers } from './member-lists.ts';
import { topicOf } from './pronouns.ts';
import { findUnitParents } from './names-units.ts';
import { findCompoundPlacements } from './place-compounds.ts';
import { findApposedPlacements } from './apposed-places.ts';
import { findPlacesInCountries } from './place-in-country.ts';
import { findRegionPlaces } from './region-places.ts';
import { findRunBusinesses } from './run-businesses.ts';
import { findOwnedIndicators } from './owned-infrastructure.ts';
import { findPossessivePlacements, findPossessiveRelations, findPossessiveUses } from './possessives.ts';
import { findSponsorships } from './sponsorships.ts';
import { REFERENCE_STRENGTH, type SentenceProducer } from './relations.ts';
import { claimAt as claimOf, findSentenceCues } from './claims.ts';
import { findTableRelations } from './table-rows.ts';
import { findRowRelations, findSubjectRows } from './table-subjects.ts';
import { findTitledEmployees } from './titles.ts';
import { findUnsaidUses } from './unsaid-users.ts';
import { findVillageDistricts } from './village-districts.ts';
import { spanIndexAt, wordsBetween } from './text.ts';
import type { TriggerMatch, TriggerSpec } from './triggers.ts';
import type { Candidate, EntityMention, ResolvedEntity } from './types.ts';

/** "Mandiant, the FireEye incident-response unit": a description in apposition, read like a role. */
const APPOSITION: TriggerSpec = {
  id: 'apposition',
  types: ['PART_OF', 'LOCATED_IN', 'ATTRIBUTED_TO'],
  source: 'left',
  strength: 0.9,
  wordClass: 'noun',
  apposable: true,
};

/** "Palo Alto's Unit 42": a possessive read like a description, in the article's own words. */
const POSSESSIVE: TriggerSpec = {
  id: 'possessive',
  types: ['PART_OF'],
  source: 'right',
  strength: 0.9,
  wordClass: 'noun',
  qualifiesName: true,
};

/** "X, used within the Lazarus group's attacks": a use stated by whose tools or operations X is in. */
const POSSESSIVE_USE: TriggerSpec = {
  id: 'possessive',
  types: ['USES'],
  source: 'right',
  strength: 0.8,
  wordClass: 'noun',
};

/** "in Sayama, Japan": a place and, in apposition, the country it lies in. */
const PLACE_IN_COUNTRY: TriggerSpec = {
  id: 'place-in-country',
  types: ['PART_OF', 'LOCATED_IN'],
  source: 'left',
  strength: 0.9,
  wordClass: 'noun',
  qualifiesName: true,
};
/** The same where "in" may be a verb's complement (Arabic "في"): read in its clause. */
const PLACE_IN_COUNTRY_IN_CLAUSE: TriggerSpec = { ...PLACE_IN_COUNTRY, qualifiesName: false };

/** "قرية التلة مدينة الميناء": a village and its district with nothing between, read in its clause. */
const VILLAGE_IN_DISTRICT: TriggerSpec = {
  id: 'place-in-country',
  types: ['PART_OF'],
  source: 'left',
  strength: 0.9,
  wordClass: 'noun',
};

/** "Based in Bergen, the office ...": the participle of place the sentence opens on, about its subject. */
const FRONTED_PLACE: TriggerSpec = {
  id: 'location',
  types: ['LOCATED_IN'],
  source: 'left',
  strength: 0.9,
  wordClass: 'verb',
};

/** "In the United States, the Department of Energy ...": the place a sentence opens on, about its bodies. */
const OPENING_PLACE: TriggerSpec = {
  id: 'location',
  types: ['LOCATED_IN'],
  source: 'left',
  strength: 0.9,
  wordClass: 'verb',
};

/** "The intrusion took place in Bergen", "In Ohio there was an intrusion": where an incident happened. */
const INCIDENT_PLACE: TriggerSpec = {
  id: 'location',
  types: ['LOCATED_IN'],
  source: 'left',
  strength: 0.9,
  wordClass: 'verb',
};

/**
 * "the Vantor Institute in Moscow": a place that qualifies the organisation's name, in the
 * article's own words whoever the sentence reports.
 */
const ORGANISATION_PLACE: TriggerSpec = {
  id: 'location',
  types: ['LOCATED_IN'],
  source: 'left',
  strength: 0.9,
  wordClass: 'noun',
  qualifiesName: true,
};
/**
 * The same where the phrase goes on (a complement of time, where "in" may be the verb's; forces
 * in a country, maybe a verb's subject): read in its clause.
 */
const ORGANISATION_PLACE_IN_CLAUSE: TriggerSpec = { ...ORGANISATION_PLACE, qualifiesName: false };

/** "the KGB, where Ivan Petrov rose to the rank of major": a career told about the organisation. */
const CAREER_CLAUSE: TriggerSpec = {
  id: 'employment',
  types: ['WORKS_FOR'],
  source: 'left',
  strength: 0.9,
  wordClass: 'verb',
  // A clause set off by a comma is the article's aside, whatever frames the sentence.
  apposable: true,
};

/** "Yves Le Bras, qui exploitait le café du Commerce": the person runs the establishment. */
const RUN_BUSINESS: TriggerSpec = {
  id: 'leadership',
  types: ['LEADS'],
  source: 'left',
  strength: 0.8,
  wordClass: 'verb',
  // Often a relative clause set off by commas, the article's aside whatever frames the sentence.
  apposable: true,
};
/** "qui exploitait à Lorient le café du Commerce": the establishment run in the town is there. */
const RUN_BUSINESS_PLACE: TriggerSpec = {
  id: 'location',
  types: ['LOCATED_IN'],
  source: 'left',
  strength: 0.8,
  wordClass: 'verb',
  apposable: true,
};

/** "IP addresses were seen in China as 198.51.100[.]7": the address is in the place before "as". */
const INDICATOR_PLACE: TriggerSpec = {
  id: 'location',
  types: ['LOCATED_IN'],
  source: 'left',
  strength: 0.9,
  wordClass: 'verb',
};

/** "North Korea-linked group Lazarus": an attribution stated by a compound adjective. */
const COMPOUND: TriggerSpec = {
  id: 'compound-attribution',
  types: ['ATTRIBUTED_TO'],
  source: 'right',
  strength: 0.9,
  wordClass: 'noun',
  qualifiesName: true,
};

/** "the TA999-controlled domain billing-portal[.]net": a use stated by a compound adjective. */
const OWNERSHIP_COMPOUND: TriggerSpec = {
  id: 'compound-ownership',
  types: ['USES'],
  source: 'left',
  strength: 0.9,
  wordClass: 'noun',
};

export const SENTENCE_PRODUCERS: readonly SentenceProducer[] = [
  {
    name: 'appositions',
    find: (text, mentions) =>
      findAppositionRelations(text, mentions).map((apposition) => ({
        ...apposition,
        spec: APPOSITION,
        before: apposition.source,
      })),
  },
  {
    name: 'possessives',
    find: (text, mentions) =>
      findPossessiveRelations(text, mentions).map((possessive) => ({
        type: 'PART_OF',
        ...possessive,
        spec: POSSESSIVE,
        before: possessive.target,
      })),
  },
  {
    name: 'possessive uses',
    find: (text, mentions) =>
      findPossessiveUses(text, mentions).map((use) => ({
        type: 'USES',
        source: use.actor,
        target: use.tool,
        at: use.at,
        spec: POSSESSIVE_USE,
        before: use.tool,
      })),
  },
  {
    name: 'places in countries',
    find: (text, mentions) =>
      findPlacesInCountries(text, mentions).map((located) => ({
        type: located.type,
        source: located.place,
        target: located.country,
        at: located.at,
        spec: located.readInClause ? PLACE_IN_COUNTRY_IN_CLAUSE : PLACE_IN_COUNTRY,
        before: located.place,
      })),
  },
  {
    name: 'villages in districts',
    find: (text, mentions) =>
      findVillageDistricts(text, mentions).map((located) => ({
        type: 'PART_OF',
        source: located.village,
        target: located.district,
        at: located.at,
        spec: located.setOff ? PLACE_IN_COUNTRY : VILLAGE_IN_DISTRICT,
        before: located.village,
      })),
  },
  {
    name: 'places in regions',
    find: (text, mentions) =>
      findRegionPlaces(text, mentions).map((held) => ({
        type: 'PART_OF',
        source: held.place,
        target: held.region,
        at: held.at,
        spec: PLACE_IN_COUNTRY,
        before: held.place,
      })),
  },
  {
    name: 'fronted places',
    find: (text, mentions) =>
      findFrontedPlacements(text, mentions).map((fronted) => ({
        type: 'LOCATED_IN',
        source: fronted.placed,
        target: fronted.place,
        at: fronted.at,
        spec: FRONTED_PLACE,
        before: fronted.place,
      })),
  },
  {
    name: 'bodies in opening places',
    find: (text, mentions) =>
      findOpeningPlacements(text, mentions).map((placed) => ({
        type: 'LOCATED_IN',
        source: placed.body,
        target: placed.place,
        at: placed.at,
        spec: OPENING_PLACE,
        before: placed.place,
      })),
  },
  {
    name: 'incidents in places',
    find: (text, mentions) =>
      findIncidentPlacements(text, mentions).map((placed) => ({
        type: 'LOCATED_IN',
        source: placed.incident,
        target: placed.place,
        at: placed.at,
        spec: INCIDENT_PLACE,
        before: placed.place,
      })),
  },
  {
    name: 'organisations in places',
    find: (text, mentions) =>
      findOrganisationPlacements(text, mentions).map((placed) => ({
        type: 'LOCATED_IN',
        source: placed.organisation,
        target: placed.place,
        at: placed.at,
        spec: placed.inClause ? ORGANISATION_PLACE_IN_CLAUSE : ORGANISATION_PLACE,
        before: placed.place,
      })),
  },
  {
    name: 'businesses run',
    find: (text, mentions) =>
      findRunBusinesses(text, mentions).flatMap(({ holder, business, place, at }) => [
        ...(holder
          ? [
              {
                type: 'LEADS' as const,
                source: holder,
                target: business,
                at,
                spec: RUN_BUSINESS,
                before: holder,
              },
            ]
          : []),
        ...(place
          ? [
              {
                type: 'LOCATED_IN' as const,
                source: business,
                target: place,
                at,
                spec: RUN_BUSINESS_PLACE,
                before: place.start < business.start ? place : business,
              },
            ]
          : []),
      ]),
  },
  {
    name: 'careers in organisations',
    find: (text, mentions) =>
      findCareerClauses(text, mentions).map((career) => ({
        type: 'WORKS_FOR',
        source: career.person,
        target: career.organisation,
        at: career.at,
        spec: CAREER_CLAUSE,
        before: career.organisation,
      })),
  },
  {
    name: 'places of indicators',
    find: (text, mentions) =>
      findIndicatorPlacements(text, mentions).map((placed) => ({
        type: 'LOCATED_IN',
        source: placed.indicator,
        target: placed.place,
        at: placed.at,
        spec: INDICATOR_PLACE,
        before: placed.place,
      })),
  },
  {
    name: 'compound attributions',
    find: (text, mentions) =>
      findCompoundAttributions(text, mentions).map((compound) => ({
        type: 'ATTRIBUTED_TO',
        source: compound.actor,
        target: compound.place,
        at: compound.at,
        spec: COMPOUND,
        before: compound.place,
      })),
  },
  {
    name: 'owned indicators',
    find: (text, mentions) =>
      findOwnedIndicators(text, mentions).map((owned) => ({
        type: 'USES',
        source: owned.actor,
        target: owned.indicator,
        at: owned.at,
        spec: OWNERSHIP_COMPOUND,
        before: owned.actor,
      })),
  },
];

/** How the sentence that states a relation frames it. */
export interface ClaimContext {
  sentence: Sentence;
  modality: Modality;
  assertedBy: string[];
}

/** A relation a document producer infers, before its claim is settled. */
export interface InferredRelation {
  type: RelationType;
  source: ResolvedEntity;
  target: ResolvedEntity;
  context: ClaimContext;
  /** 0..1: how reliably the evidence states the relation. */
  strength: number;
  /** The claimant speaks of itself ("X claimed responsibility"): its word, though it is an end. */
  selfReport?: boolean;
}

/** What the document established, for the document producers. */
export interface DocumentFacts {
  text: string;
  sentences: readonly Sentence[];
  /** The resolved names' mentions, before parties are told apart from their founders. */
  resolved: readonly EntityMention[];
  /** Resolved names, parties told apart. */
  mentions: readonly EntityMention[];
  /** Those and the incidents, sorted by start. */
  named: readonly EntityMention[];
  /** Those and the referring phrases that stand for one of them ("the group"), sorted by start. */
  referenced: readonly EntityMention[];
  incidents: Incidents;
  units: readonly Candidate[];
  demonyms: readonly GazetteerMention[];
  /**
   * Every entity of the document, by type and key. A producer may add one it infers (a place
   * a demonym names), and note why on an entity it relates.
   */
  entities: Map<string, ResolvedEntity>;
  /** The claim context at an offset, or none inside titles and headline lists. */
  claimAt: (offset: number) => ClaimContext | undefined;
}

export interface DocumentProducer {
  name: string;
  produce: (facts: DocumentFacts) => InferredRelation[];
}

/** Inferred from a host name alone, with the sentence as context: a little below a stated relation. */
const IMPERSONATION_STRENGTH = 0.8;
const PLACEMENT_STRENGTH = 0.9;
/** A post between the names states employment as plainly as "an analyst at" would. */
const TITLE_STRENGTH = 0.9;
/** "Unit 26165 of the GRU": the preposition states the tie as plainly as "part of" would. */
const UNIT_STRENGTH = 0.9;
/** An item a colon list names under its lead: the layout, not a sentence, joins the two ends. */
const LIST_STRENGTH = 0.85;
/** The accusations stand for the incident named last: a reader's inference, a little below a named object. */
const ACCUSATION_STRENGTH = 0.8;
/** The object pronoun stands for the incident named last: the same inference as for accusations. */
const PRONOUN_STRENGTH = 0.8;
/** The material stands for the incident named last: the same inference as for accusations. */
const MATERIAL_STRENGTH = 0.8;
/** A table row under a header that names the relation: the layout joins the ends, as in a list. */
const TABLE_STRENGTH = 0.85;
/** How far from its trigger the lead's named end may be, in words. */
const LEAD_GAP_WORDS = 2;

/** In the order the pipeline runs them. */
export const DOCUMENT_PRODUCERS: readonly DocumentProducer[] = [
  { name: 'impersonations', produce: impersonations },
  { name: 'incident victims', produce: incidentVictims },
  { name: 'incident agents', produce: incidentAgents },
  { name: 'incident objects', produce: incidentObjects },
  { name: 'unit parents', produce: unitParents },
  { name: 'demonym placements', produce: placements },
  { name: 'possessive placements', produce: possessivePlacements },
  { name: 'compound placements', produce: compoundPlacements },
  { name: 'apposed placements', produce: apposedPlacements },
  { name: 'titled employees', produce: titledEmployees },
  { name: 'listed members', produce: listedMembers },
  { name: 'state sponsors', produce: sponsors },
  { name: 'colon lists', produce: colonLists },
  { name: 'unsaid users', produce: unsaidUsers },
  { name: 'denied accusations', produce: deniedAccusations },
  { name: 'denied accusations of one actor', produce: deniedActorAccusations },
  { name: 'claims without an object', produce: unstatedClaims },
  { name: 'published material', produce: publishedMaterial },
  { name: 'leak owners', produce: leakOwners },
  { name: 'table rows', produce: tableRows },
  { name: 'table row subjects', produce: tableRowSubjects },
];

/** Look-alike hosts: a look-alike the text presents as one names what it copies; otherwise both must share a sentence. */
function impersonations(facts: DocumentFacts): InferredRelation[] {
  const { sentences, entities, claimAt } = facts;
  /** The claim context of the first mention of `a` in a sentence that also names `b`: a relation needs both ends stated. */
  const sharedContext = (a: ResolvedEntity, b: ResolvedEntity) =>
    a.mentions
      .filter((mention) => {
        const index = spanIndexAt(sentences, mention.start);
        return index >= 0 && b.mentions.some((other) => spanIndexAt(sentences, other.start) === index);
      })
      .map((mention) => claimAt(mention.start))
      .find((context) => context !== undefined);
  // Asked for every mention of every entity: each sentence is read once.
  const presenting = new Map<number, boolean>();
  const presents = (index: number) => {
    let answer = presenting.get(index);
    if (answer === undefined) {
      answer = presentsImitation(sentences[index]?.text ?? '');
      presenting.set(index, answer);
    }
    return answer;
  };
  /** The claim context of the first mention in a sentence that calls the indicator an imitation. */
  const presentedContext = (imitator: ResolvedEntity) =>
    imitator.mentions
      .filter((mention) => presents(spanIndexAt(sentences, mention.start)))
      .map((mention) => claimAt(mention.start))
      .find((context) => context !== undefined);
  const presented = new Set(
    withAddressKeys(entities)
      .filter((entity) => presentedContext(entity) !== undefined)
      .map((entity) => entity.key),
  );
  const stated = findImpersonations([...entities.values()], presented).flatMap((impersonation) => {
    const context =
      sharedContext(impersonation.imitator, impersonation.imitated) ??
      presentedContext(impersonation.imitator);
    return context ? [{ impersonation, context }] : [];
  });
  const found = new Set(stated.map(({ impersonation }) => impersonationKey(impersonation)));
  const held = actorListedKeys(facts);
  const lookalikes = findBrandLookalikes(
    [...entities.values()],
    defangedKeys(facts),
    new Set(held.keys()),
  ).flatMap((impersonation) => {
    // The host names what it copies: the sentence that writes it frames the relation, or for an
    // item of a list, which no sentence holds, the list's lead.
    const context =
      impersonation.imitator.mentions
        .map((mention) => claimAt(mention.start))
        .find((found) => found !== undefined) ?? held.get(impersonation.imitator.key);
    if (!context || found.has(impersonationKey(impersonation))) return [];
    const imitatedId = `${impersonation.imitated.type}\u0000${impersonation.imitated.key}`;
    const imitated = entities.get(imitatedId) ?? withMentionInHost(facts.text, impersonation);
    if (!imitated) return [];
    entities.set(imitatedId, imitated);
    return [{ impersonation: { ...impersonation, imitated }, context }];
  });
  return [...stated, ...lookalikes].map(({ impersonation, context }): InferredRelation => {
    impersonation.imitator.mergeReasons.add(`look-alike: ${impersonation.reason}`);
    return {
      type: 'IMPERSONATES',
      source: impersonation.imitator,
      target: impersonation.imitated,
      context,
      strength: IMPERSONATION_STRENGTH,
    };
  });
}

/**
 * A brand the text names only inside a host ("dc-microsoft.workers[.]dev"): its mention is the
 * part of the host that spells it, so that the node shows where the text names it.
 */
function withMentionInHost(
  text: string,
  { imitator, imitated, spelled }: Impersonation,
): ResolvedEntity | undefined {
  for (const mention of imitator.mentions) {
    const at = spelled && spelledAt(text.slice(mention.start, mention.end), spelled);
    if (!at) continue;
    const start = mention.start + at.start;
    const end = mention.start + at.end;
    return { ...imitated, mentions: [{ start, end, surface: text.slice(start, end) }] };
  }
  return undefined;
}

function impersonationKey({ imitator, imitated }: Impersonation): string {
  return `${imitator.key}\u0000${imitated.key}`;
}

/** The keys of the entities the text writes defanged at least once ("microsoft-update[.]com"). */
function defangedKeys(facts: DocumentFacts): Set<string> {
  return new Set(
    withAddressKeys(facts.entities)
      .filter((entity) =>
        entity.mentions.some((mention) => isDefanged(facts.text.slice(mention.start, mention.end))),
      )
      .map((entity) => entity.key),
  );
}

/**
 * The keys of the addresses listed under a lead that gives them to one threat actor, named or
 * referred to ("TA999 used the following domains:"): the writer marks them as the attacker's.
 */
function actorListedKeys(facts: DocumentFacts): Map<string, ClaimContext> {
  const byStart = new Map(facts.named.map((mention) => [mention.start, mention] as const));
  const keys = new Map<string, ClaimContext>();
  for (const { lead, heading, triggers, indicatorLead, items } of findColonLists(facts.text)) {
    const held =
      indicatorLead || triggers.some((trigger) => trigger.spec.types.some((type) => HOLDING.has(type)));
    if (!held || !ownsListed(triggers)) continue;
    const actors = new Set(
      facts.referenced
        .filter((mention) => mention.start >= lead.start && mention.end <= lead.end)
        .filter((mention) => mention.entity.type === 'ThreatActor')
        .map((mention) => mention.entity.key),
    );
    if (actors.size !== 1) continue;
    for (const item of items) {
      const mention = byStart.get(item.start);
      // As in the list's own relations, a heading states nothing: the item's line frames it.
      const context = facts.claimAt(heading ? item.start : lead.start);
      if (mention && context && IMITATING_TYPES.has(mention.entity.type) && !keys.has(mention.entity.key))
        keys.set(mention.entity.key, context);
    }
  }
  return keys;
}

/**
 * The entities whose key is an address's: look-alike searches ask only about addresses' keys,
 * so the sentences and mentions of the others need no reading.
 */
function withAddressKeys(entities: ReadonlyMap<string, ResolvedEntity>): ResolvedEntity[] {
  const addressKeys = new Set(
    [...entities.values()].filter((entity) => IMITATING_TYPES.has(entity.type)).map((entity) => entity.key),
  );
  return [...entities.values()].filter((entity) => addressKeys.has(entity.key));
}

/** The incident names its victim, so the text states that it targeted it. */
function incidentVictims(facts: DocumentFacts): InferredRelation[] {
  return [...facts.incidents.subjects].flatMap(([event, subject]): InferredRelation[] => {
    const context = event.mentions
      .map((mention) => facts.claimAt(mention.start))
      .find((found) => found !== undefined);
    if (!context || subject.type === 'Malware') return [];
    // Naming "the DNC hack" states what was hit, whatever the sentence then says about who did it.
    return [
      {
        type: 'TARGETED',
        source: event,
        target: subject,
        context: { ...context, modality: 'asserted', assertedBy: [] },
        strength: 1,
      },
    ];
  });
}

/** "X was the victim of an attack by Y": with one incident in the document, that attack is it. */
function incidentAgents(facts: DocumentFacts): InferredRelation[] {
  const { incidents } = facts;
  const named = new Set(
    incidents.mentions.map((mention) => mention.entity).filter((entity) => !incidents.occasions.has(entity)),
  );
  const [incident] = named;
  if (!incident || named.size !== 1) return [];
  return findIncidentAgents(facts.text, facts.named).flatMap(({ at, agent }): InferredRelation[] => {
    return statedAt(
      facts,
      { type: 'ATTRIBUTED_TO', source: incident, target: agent.entity, strength: 1 },
      at.start,
    );
  });
}

/** "وقالت لندن إن الجيش الروسي نفذه": the author of the incident a verb carries as its object pronoun. */
function incidentObjects(facts: DocumentFacts): InferredRelation[] {
  return findIncidentObjects(
    facts.text,
    facts.sentences,
    incidentsNamedOrReferred(facts),
    facts.named,
  ).flatMap(({ author, incident, at }) =>
    statedAt(
      facts,
      { type: 'ATTRIBUTED_TO', source: incident.entity, target: author.entity, strength: PRONOUN_STRENGTH },
      at.start,
    ),
  );
}

/**
 * The incidents' mentions and the phrases referring back to one, in text order, without the
 * occasions an incident hits: "Senators cited the e-mail leak. The Kremlin denied all
 * allegations" names the incident in its second sentence as well as its own name does.
 */
function incidentsNamedOrReferred(facts: DocumentFacts): EntityMention[] {
  const { incidents } = facts;
  return [
    ...incidents.mentions,
    ...facts.referenced.filter((mention) => mention.anaphoric && mention.entity.type === 'Event'),
  ]
    .filter((mention) => !incidents.occasions.has(mention.entity))
    .sort((a, b) => a.start - b.start);
}

/**
 * A denial at `at` of what `accused` stands for: one DENIES from each denier the claim there names
 * that `accepts` admits, on the denier's own word.
 */
function denialsAt(
  facts: DocumentFacts,
  at: number,
  accused: ResolvedEntity,
  accepts: (denier: ResolvedEntity) => boolean = () => true,
): InferredRelation[] {
  const context = facts.claimAt(at);
  if (context?.modality !== 'denied') return [];
  const byKey = new Map([...facts.entities.values()].map((entity) => [entity.key, entity]));
  return context.assertedBy.flatMap((key): InferredRelation[] => {
    const denier = byKey.get(key);
    return denier && accepts(denier) && allowsEndpoints('DENIES', denier.type, accused.type)
      ? [
          {
            type: 'DENIES',
            source: denier,
            target: accused,
            context: { ...context, assertedBy: [denier.key] },
            strength: ACCUSATION_STRENGTH,
          },
        ]
      : [];
  });
}

/** "The Kremlin denied the accusations": each denier denies the incident the accusations are about. */
function deniedAccusations(facts: DocumentFacts): InferredRelation[] {
  const accused = incidentsNamedOrReferred(facts);
  return findAccusedIncidents(facts.text, facts.sentences, accused, facts.mentions).flatMap(
    ({ incident, at }) => denialsAt(facts, at, incident.entity),
  );
}

/**
 * "Kimsuky hacked X. North Korea denied any involvement": the denier denies the one actor
 * accused. The denier must be the first name of the clause that denies, its subject: "Iran's
 * mission to the United Nations dismissed the accusations" is no denial by the United Nations.
 */
function deniedActorAccusations(facts: DocumentFacts): InferredRelation[] {
  return findAccusedActors(
    facts.text,
    facts.sentences,
    incidentsNamedOrReferred(facts),
    facts.mentions,
  ).flatMap(({ actor, at }) => {
    const clauseStart = facts.text.slice(0, at).search(/[,;:.!?][^,;:.!?]*$/u) + 1;
    const first = facts.mentions.find((mention) => mention.start >= clauseStart && mention.end <= at);
    return denialsAt(
      facts,
      at,
      actor.entity,
      (denier) => denier === first?.entity && denier !== actor.entity,
    );
  });
}

/**
 * "Hackers knocked X offline. APT99 claimed responsibility": the claimant claims the incident
 * told just before, on its own word; a negated claim ("has not claimed responsibility") says
 * nothing.
 */
function unstatedClaims(facts: DocumentFacts): InferredRelation[] {
  return findUnstatedClaims(
    facts.text,
    facts.sentences,
    incidentsNamedOrReferred(facts),
    facts.referenced,
  ).flatMap(({ claimant, incident, at }): InferredRelation[] => {
    const context = facts.claimAt(at);
    if (!context || context.modality === 'denied') return [];
    return [
      {
        type: 'ATTRIBUTED_TO',
        source: incident.entity,
        target: claimant.entity,
        context: {
          ...context,
          modality: context.modality === 'suspected' ? 'suspected' : 'reported',
          assertedBy: [claimant.entity.key],
        },
        strength: ACCUSATION_STRENGTH,
        selfReport: true,
      },
    ];
  });
}

/** "E-mails of X were posted online. The leaks, dubbed Y, ...": the leak named targeted the material's owner. */
function leakOwners(facts: DocumentFacts): InferredRelation[] {
  const { incidents } = facts;
  const leaks = incidents.mentions.filter((mention) => !incidents.occasions.has(mention.entity));
  return findLeakOwners(facts.text, facts.sentences, leaks, facts.mentions).flatMap(
    ({ incident, owner, at }) =>
      statedAt(
        facts,
        { type: 'TARGETED', source: incident.entity, target: owner.entity, strength: MATERIAL_STRENGTH },
        at.start,
      ),
  );
}

/** "WikiLeaks published the stolen emails": the publisher published the incident named last. */
function publishedMaterial(facts: DocumentFacts): InferredRelation[] {
  const { incidents } = facts;
  const stolenFrom = incidents.mentions.filter((mention) => !incidents.occasions.has(mention.entity));
  return findPublishedIncidents(facts.text, facts.sentences, stolenFrom, facts.named).flatMap(
    ({ publisher, incident, at }) =>
      statedAt(
        facts,
        { type: 'PUBLISHED', source: publisher.entity, target: incident.entity, strength: MATERIAL_STRENGTH },
        at.start,
      ),
  );
}

function unitParents(facts: DocumentFacts): InferredRelation[] {
  return findUnitParents(facts.text, facts.mentions, facts.units).flatMap(({ unit, parent, at }) =>
    statedAt(
      facts,
      { type: 'PART_OF', source: unit.entity, target: parent.entity, strength: UNIT_STRENGTH },
      at.start,
    ),
  );
}

/** "the North Korean group Lazarus": the group is located in the place the demonym names. */
function placements(facts: DocumentFacts): InferredRelation[] {
  return findPlacements(facts.text, facts.demonyms, facts.resolved).flatMap(
    (placement): InferredRelation[] => {
      const context = facts.claimAt(placement.at.start);
      if (!context) return [];
      const placeId = `${placement.place.type}\u0000${placement.place.key}`;
      const place = facts.entities.get(placeId) ?? placement.place;
      facts.entities.set(placeId, place);
      // An adjective of origin is the article's own description, whatever the sentence reports or hedges.
      return [
        {
          type: 'LOCATED_IN',
          source: placement.placed.entity,
          target: place,
          context: { ...context, modality: 'asserted', assertedBy: [] },
          strength: PLACEMENT_STRENGTH,
        },
      ];
    },
  );
}

/** A relation under the claim of the sentence that states it (none where that sentence states nothing). */
function statedAt(
  facts: DocumentFacts,
  relation: Omit<InferredRelation, 'context'>,
  at: number,
): InferredRelation[] {
  const context = facts.claimAt(at);
  return context ? [{ ...relation, context }] : [];
}

/**
 * A relation the article states by the words it describes one end with (a possessive, a
 * compound, a post before a name): its own description, asserted whatever the sentence around
 * it reports, quotes or hedges.
 */
function describedBy(
  facts: DocumentFacts,
  described: Omit<InferredRelation, 'context'>,
  at: number,
): InferredRelation[] {
  const context = facts.claimAt(at);
  return context ? [{ ...described, context: { ...context, modality: 'asserted', assertedBy: [] } }] : [];
}

/** "Germany's BfV": the organisation is located in the place whose possessive it follows. */
function possessivePlacements(facts: DocumentFacts): InferredRelation[] {
  return findPossessivePlacements(facts.text, facts.named).flatMap(({ placed, place, at }) =>
    describedBy(
      facts,
      { type: 'LOCATED_IN', source: placed.entity, target: place.entity, strength: PLACEMENT_STRENGTH },
      at.start,
    ),
  );
}

/** "the Tehran-based company Rana": the organisation is located in the place of the compound. */
function compoundPlacements(facts: DocumentFacts): InferredRelation[] {
  return findCompoundPlacements(facts.text, facts.named).flatMap(({ placed, place, at }) =>
    describedBy(
      facts,
      { type: 'LOCATED_IN', source: placed.entity, target: place.entity, strength: PLACEMENT_STRENGTH },
      at.start,
    ),
  );
}

/** "Thornbury Analytics, a Leeds data broker,": the organisation is located in the place of its description. */
function apposedPlacements(facts: DocumentFacts): InferredRelation[] {
  return findApposedPlacements(facts.text, facts.named).flatMap(({ placed, place }) =>
    describedBy(
      facts,
      { type: 'LOCATED_IN', source: placed.entity, target: place.entity, strength: PLACEMENT_STRENGTH },
      place.start,
    ),
  );
}

/**
 * "Mandiant analyst Jane Ortiz", "Google's Shane Huntley": the person works for the organisation;
 * "Quillsoft President Ana Bryce": the person leads it.
 */
function titledEmployees(facts: DocumentFacts): InferredRelation[] {
  return findTitledEmployees(facts.text, facts.referenced).flatMap(({ person, employer, at, leads }) =>
    describedBy(
      facts,
      {
        type: leads ? 'LEADS' : 'WORKS_FOR',
        source: person.entity,
        target: employer.entity,
        strength: TITLE_STRENGTH,
      },
      at.start,
    ),
  );
}

/** "four APT99 officers. The officers, A, B and C, ...": each listed person is a member of the group. */
function listedMembers(facts: DocumentFacts): InferredRelation[] {
  return findListedMembers(facts.text, facts.sentences, facts.named).flatMap(({ member, group, at }) =>
    statedAt(
      facts,
      { type: 'MEMBER_OF', source: member.entity, target: group.entity, strength: LIST_STRENGTH },
      at.start,
    ),
  );
}

/** "the Chinese state-sponsored group APT41": the group is attributed to the place the demonym names. */
function sponsors(facts: DocumentFacts): InferredRelation[] {
  return findSponsorships(facts.text, facts.demonyms, facts.resolved).flatMap(
    ({ actor, demonym, at }): InferredRelation[] => {
      const context = facts.claimAt(at.start);
      const place = demonymPlace(demonym);
      const type: RelationType = 'ATTRIBUTED_TO';
      if (!context || !allowsEndpoints(type, actor.entity.type, place.type)) return [];
      const placeId = `${place.type}\u0000${place.key}`;
      const known = facts.entities.get(placeId) ?? place;
      facts.entities.set(placeId, known);
      return [{ type, source: actor.entity, target: known, context, strength: PLACEMENT_STRENGTH }];
    },
  );
}

/** What a list of an actor's indicators holds. */
const LISTED_INDICATORS: ReadonlySet<EntityType> = new Set(['Domain', 'Url', 'Email', 'IpAddress']);

/**
 * "The toolset used by APT99:" then one tool a line: each item fills the end the lead leaves
 * open. "APT99 infrastructure" then one indicator a line: the one actor the lead names uses each.
 */
function colonLists(facts: DocumentFacts): InferredRelation[] {
  const byStart = new Map(facts.named.map((mention) => [mention.start, mention] as const));
  return findColonLists(facts.text).flatMap(
    ({ lead, heading, triggers, indicatorLead, items }): InferredRelation[] => {
      // A heading states nothing by itself: the line that lists an item frames it.
      const contextOf = (item: Span) => (heading ? facts.claimAt(item.start) : facts.claimAt(lead.start));
      // "In its campaigns the group exploited the following flaws:": the lead may name its end
      // through a referring phrase, as any sentence may.
      const inLead = facts.referenced.filter(
        (mention) => mention.start >= lead.start && mention.end <= lead.end,
      );
      const listed = items.flatMap((item) => {
        const mention = byStart.get(item.start);
        const context = mention && contextOf(item);
        return mention && context ? [{ mention, context }] : [];
      });
      const stated = triggers.flatMap((trigger) => triggerItems(facts.text, trigger, inLead, listed));
      if (inLead.length === 0 && triggers.some(omitsUser)) return topicUses(facts, lead, listed);
      if (!indicatorLead || !ownsListed(triggers)) return stated;
      // "Infrastructure of TA999", "The actor set up the following accounts:": with one threat
      // actor in the lead, each indicator no trigger related is one it uses.
      const actors = new Set(
        inLead.filter((mention) => mention.entity.type === 'ThreatActor').map((mention) => mention.entity),
      );
      const [owner] = actors;
      if (!owner || actors.size > 1) return stated;
      const ownerNamed = inLead.some((mention) => mention.entity === owner && mention.anaphoric !== true);
      const strength = LIST_STRENGTH * (ownerNamed ? 1 : REFERENCE_STRENGTH);
      const related = new Set(stated.flatMap((relation) => [relation.source.key, relation.target.key]));
      return [
        ...stated,
        ...listed
          .filter(
            ({ mention }) => LISTED_INDICATORS.has(mention.entity.type) && !related.has(mention.entity.key),
          )
          .map(({ mention, context }): InferredRelation => ({
            type: 'USES',
            source: owner,
            target: mention.entity,
            context,
            strength,
          })),
      ];
    },
  );
}

/** The relations by which an actor holds what a list names: its uses and registrations. */
const HOLDING: ReadonlySet<RelationType> = new Set(['USES', 'REGISTERED']);

/**
 * Whether the trigger of a lead nearest its list, if any, says the actor holds the items: "TA999
 * targeted the following domains:" lists its victims', "spoofed" others' sites, never its own.
 */
function ownsListed(triggers: readonly TriggerMatch[]): boolean {
  const nearest = triggers.reduce<TriggerMatch | undefined>(
    (last, trigger) => (last && last.start > trigger.start ? last : trigger),
    undefined,
  );
  return (
    !nearest ||
    nearest.spec.ownsInfrastructure === true ||
    nearest.spec.types.some((type) => HOLDING.has(type))
  );
}

/** What a list whose lead leaves its user unsaid may hold: software and flaws, never indicators. */
const TOOLS: ReadonlySet<EntityType> = new Set(['Malware', 'Vulnerability']);

/** "The new backdoors used in the organization:": a use whose user, its subject, the lead leaves unsaid. */
function omitsUser(trigger: TriggerMatch): boolean {
  return trigger.spec.types.includes('USES') && trigger.spec.source === 'left';
}

/**
 * The tools a lead says were used without naming by whom ("the backdoors used in the
 * organization:") are the report's topic actor's, as a reader takes them, when the report has
 * one (named at least twice as often as any other actor before the lead).
 */
function topicUses(
  facts: DocumentFacts,
  lead: Span,
  listed: ReadonlyArray<{ mention: EntityMention; context: ClaimContext }>,
): InferredRelation[] {
  const topic = topicOf(
    facts.named.filter((mention) => mention.entity.type === 'ThreatActor' && mention.start < lead.start),
  );
  if (!topic) return [];
  return listed
    .filter(({ mention }) => TOOLS.has(mention.entity.type))
    .map(({ mention, context }) => ({
      type: 'USES',
      source: topic,
      target: mention.entity,
      context,
      strength: LIST_STRENGTH,
    }));
}

/**
 * "The malware used was Greyfox.", "this sample was used to target Quillbank": what a sentence
 * says an attack used, or whom it was aimed at, without saying whose, is the report's topic
 * actor's (named at least twice as often as any other actor before it), as the tools of a list
 * whose lead leaves its user unsaid.
 */
function unsaidUsers(facts: DocumentFacts): InferredRelation[] {
  return findUnsaidUses(facts.text, facts.sentences, facts.named).flatMap(({ sentence, at, type, ends }) => {
    const context = facts.claimAt(at.end);
    const topic = topicOf(
      facts.named.filter(
        (mention) => mention.entity.type === 'ThreatActor' && mention.start < sentence.start,
      ),
    );
    return context && topic
      ? ends.map((end) => ({ type, source: topic, target: end.entity, context, strength: LIST_STRENGTH }))
      : [];
  });
}

/** The relations one trigger of a list's lead gives its items. */
function triggerItems(
  text: string,
  trigger: TriggerMatch,
  inLead: readonly EntityMention[],
  listed: ReadonlyArray<{ mention: EntityMention; context: ClaimContext }>,
): InferredRelation[] {
  // The lead's own end: the name right after the trigger ("used by X:"), else right before it
  // ("X used the following:"); a name further off belongs to another phrase of the lead.
  const after = inLead.find(
    (mention) =>
      mention.start >= trigger.end && wordsBetween(text, trigger.end, mention.start) <= LEAD_GAP_WORDS,
  );
  const named =
    after ??
    inLead.find(
      (mention) =>
        mention.end <= trigger.start && wordsBetween(text, mention.end, trigger.start) <= LEAD_GAP_WORDS,
    );
  if (!named) return [];
  const role = itemRole(trigger, after !== undefined);
  // "In its campaigns the group used:": an end named through a reference is a guess, as in a sentence.
  const strength = LIST_STRENGTH * (named.anaphoric === true ? REFERENCE_STRENGTH : 1);
  return listed.flatMap(({ mention, context }): InferredRelation[] => {
    if (mention.entity.key === named.entity.key) return [];
    const [source, target] = role === 'source' ? [mention, named] : [named, mention];
    const type = trigger.spec.types.find((relation) =>
      allowsEndpoints(relation, source.entity.type, target.entity.type),
    );
    if (type) return [{ type, source: source.entity, target: target.entity, context, strength }];
    // "Domains attributed to TA999:": an indicator tied to an actor is infrastructure it uses.
    const owned =
      trigger.spec.ownsInfrastructure === true &&
      role === 'source' &&
      LISTED_INDICATORS.has(mention.entity.type) &&
      named.entity.type === 'ThreatActor';
    return owned ? [{ type: 'USES', source: named.entity, target: mention.entity, context, strength }] : [];
  });
}

/** "| fake-agency[.]org | 198.51.100[.]23 | Example Agency |" under a header that names the relation. */
function tableRows(facts: DocumentFacts): InferredRelation[] {
  return findTableRelations(facts.text, facts.named).flatMap(({ type, source, target, at }) =>
    statedAt(
      facts,
      { type, source: source.entity, target: target.entity, strength: TABLE_STRENGTH },
      at.start,
    ),
  );
}

/**
 * What a row states of its subject by the table's layout (a column or the caption naming the
 * relation; a body's units): the row is the evidence, framed by its caption, the title and the
 * sentence over the table: a hedge or a source in either frames every row ("Operations
 * presumably attributed to X" makes each attribution suspected). A title is no sentence of the
 * text's, so its own words are read here.
 */
function tableRowSubjects(facts: DocumentFacts): InferredRelation[] {
  const { text, sentences, claimAt } = facts;
  const captionClaim = (caption: readonly Span[]): ClaimContext | undefined => {
    const claims = caption.flatMap((line) =>
      sentences
        .filter((sentence) => sentence.end > line.start && sentence.start < line.end)
        .map((sentence): ClaimContext => {
          const stated = claimAt(sentence.end - 1);
          if (stated) return stated;
          const [cues = []] = findSentenceCues(text, [sentence], facts.named);
          return { sentence, modality: claimOf(cues, sentence.end - 1, text).modality, assertedBy: [] };
        }),
    );
    return claims.find((claim) => claim.modality !== 'asserted') ?? claims[0];
  };
  return findRowRelations(text, findSubjectRows(text, facts.named), facts.named).flatMap(
    ({ type, source, target, at, caption, item }): InferredRelation[] => {
      // A unit's item is a sentence of its own; a caption's relation is stated by the whole row.
      if (item) return statedAt(facts, { type, source, target, strength: TABLE_STRENGTH }, at.start);
      const framing = captionClaim(caption);
      const lang = sentences[spanIndexAt(sentences, at.start)]?.lang ?? framing?.sentence.lang;
      if (!lang) return [];
      const row = { start: at.start, end: at.end, text: text.slice(at.start, at.end), lang };
      return [
        {
          type,
          source,
          target,
          strength: TABLE_STRENGTH,
          context: {
            sentence: row,
            modality: framing?.modality ?? 'asserted',
            assertedBy: framing?.assertedBy ?? [],
          },
        },
      ];
    },
  );
}
