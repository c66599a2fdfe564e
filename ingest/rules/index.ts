/**
 * The rule-based extractor: gazetteer names, indicators, names found by capitalisation and
 * cues, resolved into entities; incidents as events; relations from trigger words with their
 * modality and claimants; look-alike infrastructure and demonym placements. Deterministic:
 * the same text always gives the same output.
 */
import type { EntityType } from '../../graph-schema/schema.ts';
import type {
  ExtractedEntity,
  ExtractedRelation,
  Extraction,
  ExtractionInput,
  Extractor,
} from '../extractor.ts';
import { findIndicators } from '../indicators/index.ts';
import { defaultGazetteerLexicon, findGazetteerMentions, type GazetteerMention } from '../lexicon/index.ts';
import type { Sentence, Span } from '../types.ts';
import { findAcronymLinks } from './acronyms.ts';
import { findAnaphora } from './anaphora.ts';
import { findDescriptiveAppositions } from './appositions.ts';
import { findEmbassies } from './embassies.ts';
import { claimAt } from './claims.ts';
import { settleClaim } from './modality.ts';
import { findPlacements } from './demonyms.ts';
import { findEvents, mergeAffiliatedIncidents } from './events.ts';
import { findHeadlineRegions } from './headlines.ts';
import { findImpersonations, presentsImitation } from './impersonation.ts';
import { findIncidentAgents } from './incident-agents.ts';
import { knownNames, siteOwner } from './known-names.ts';
import { findArabicCueNames } from './names-arabic.ts';
import { coordinatedNames, findLatinNames } from './names-latin.ts';
import { findUnitIdentities, findUnitParents, findUnits } from './names-units.ts';
import { resolvePartyMentions } from './parties.ts';
import { extractRelations } from './relations.ts';
import { resolveEntities, type MentionLink } from './resolve.ts';
import { selectCandidates } from './select.ts';
import { overlaps, spanIndexAt, within } from './text.ts';
import type { Candidate, EntityMention, ResolvedEntity } from './types.ts';

/** Inferred from a host name alone, with the sentence as context: a little below a stated relation. */
const IMPERSONATION_STRENGTH = 0.8;
const PLACEMENT_STRENGTH = 0.9;
/** "Unit 26165 of the GRU": the preposition states the tie as plainly as "part of" would. */
const UNIT_STRENGTH = 0.9;

/**
 * Builds the gazetteer matcher and the known names now rather than on the first document: a
 * one-off cost of a few hundred milliseconds a server should not make its first request pay.
 */
export function prepareRules(): void {
  defaultGazetteerLexicon();
  knownNames();
}

export const ruleBasedExtractor: Extractor = {
  name: 'rules',
  extract: async (input) => extractWithRules(input),
};

/** The rules' extraction itself: synchronous, as everything it does is computation on the text. */
export function extractWithRules(input: ExtractionInput): Extraction {
  const { text, sentences } = input;
  const headlines = findHeadlineRegions(text);
  const outsideLists = (span: Span) => !headlines.lists.some((list) => overlaps(list, span));

  const gazetteer = findGazetteerMentions(text, input.lang, input.knownNames).filter(outsideLists);
  const demonyms = gazetteer.filter((mention) => mention.via === 'demonym');
  const coveredByDemonym = demonymCovering(demonyms);
  const latin = findLatinNames(text, sentences);
  const acronyms = findAcronymLinks(text);
  const units = findUnits(text);
  const candidates = [
    ...gazetteer.filter((mention) => mention.via !== 'demonym').map(fromGazetteer),
    ...indicatorCandidates(text),
    ...latin.candidates,
    ...findArabicCueNames(text, sentences),
    ...units,
    ...acronyms.flatMap((link) => [link.longForm, link.acronym]),
    ...findEmbassies(text, gazetteer),
  ]
    .filter(outsideLists)
    // "German", "North Korean": a demonym qualifies something; it is neither a place nor a name.
    .filter((candidate) => candidate.source === 'gazetteer' || !coveredByDemonym(candidate));

  const chosen = selectCandidates(candidates);
  const chosenSet = new Set(chosen);
  // A unit the text says is a threat actor is that actor: it joins it as one more of its names.
  const identities = findUnitIdentities(
    text,
    units.filter((unit) => chosenSet.has(unit)),
    chosen,
  );
  const asActor = new Map(identities.map(({ unit }) => [unit, { ...unit, type: 'ThreatActor' as const }]));
  const selected = chosen.map((candidate) => asActor.get(candidate) ?? candidate);
  const selectedSet = new Set(selected);
  const links: MentionLink[] = [
    ...acronyms
      .filter((link) => selectedSet.has(link.longForm) && selectedSet.has(link.acronym))
      .map((link) => ({ a: link.longForm, b: link.acronym, reason: link.longForm.reason })),
    ...identities.map(({ unit, actor, reason }) => ({ a: actor, b: asActor.get(unit) ?? unit, reason })),
  ];
  const tentative = latin.tentative.filter(
    (name) =>
      outsideLists(name) &&
      spanIndexAt(selected, name.start) < 0 &&
      spanIndexAt(selected, name.end - 1) < 0 &&
      within(selected, name).length === 0,
  );
  const coordinated = coordinatedNames(text, selected, tentative);
  const coordinatedStarts = new Set(coordinated.map((candidate) => candidate.start));
  const resolution = resolveEntities({
    candidates: [...selected, ...coordinated],
    tentative: tentative.filter((name) => !coordinatedStarts.has(name.start)),
    links,
    fuzzy: knownNames().fuzzy,
  });
  for (const apposition of findDescriptiveAppositions(text, resolution.mentions)) {
    apposition.entity.aliases.add(apposition.descriptor);
    apposition.entity.mergeReasons.add(apposition.reason);
  }

  const foundedBy = (person: string) => knownNames().foundedBy.get(person) ?? [];
  const mentions = resolvePartyMentions(text, resolution.mentions, resolution.entities, foundedBy);
  const incidents = findEvents(text, sentences, mentions);
  const events = incidents.mentions;
  const named = [...mentions, ...events].sort((a, b) => a.start - b.start || b.end - a.end);
  const anaphora = findAnaphora(
    text,
    sentences,
    named.filter((mention) => !incidents.occasions.has(mention.entity)),
  );
  const silent = [...headlines.lists, ...headlines.titles];
  const { relations, claims } = extractRelations({
    text,
    sentences,
    mentions: [...named, ...anaphora].sort((a, b) => a.start - b.start || b.end - a.end),
    silent,
  });
  mergeAffiliatedIncidents(incidents, relations, resolution.entities, foundedBy);

  const entities = new Map<string, ResolvedEntity>();
  // A victim that is itself an event (the Games) may be named only inside the incident's own name.
  const victims = [...incidents.subjects.values()];
  for (const entity of [...resolution.entities, ...events.map((mention) => mention.entity), ...victims]) {
    entities.set(`${entity.type}\u0000${entity.key}`, entity);
  }
  const claimAtOffset = (offset: number) => {
    const index = spanIndexAt(sentences, offset);
    const sentence = sentences[index];
    if (!sentence || silent.some((span) => overlaps(span, sentence))) return undefined;
    // The cues were found once per sentence, with the relations.
    const claim = claimAt(claims.cues[index] ?? [], offset, text);
    return { sentence, modality: claim.modality, assertedBy: claims.claimants[index] ?? [] };
  };

  /** The claim context of the first mention outside titles and headline lists. */
  const firstContext = (entity: ResolvedEntity) =>
    entity.mentions.map((mention) => claimAtOffset(mention.start)).find((context) => context !== undefined);
  /** The claim context of the first mention of `a` in a sentence that also names `b`: a relation needs both ends stated. */
  const sharedContext = (a: ResolvedEntity, b: ResolvedEntity) =>
    a.mentions
      .filter((mention) => {
        const index = spanIndexAt(sentences, mention.start);
        return index >= 0 && b.mentions.some((other) => spanIndexAt(sentences, other.start) === index);
      })
      .map((mention) => claimAtOffset(mention.start))
      .find((context) => context !== undefined);
  /** The claim context of the first mention in a sentence that calls the indicator an imitation. */
  const presentedContext = (imitator: ResolvedEntity) =>
    imitator.mentions
      .filter((mention) => presentsImitation(sentences[spanIndexAt(sentences, mention.start)]?.text ?? ''))
      .map((mention) => claimAtOffset(mention.start))
      .find((context) => context !== undefined);
  const presented = new Set(
    [...entities.values()]
      .filter((entity) => presentedContext(entity) !== undefined)
      .map((entity) => entity.key),
  );
  for (const impersonation of findImpersonations([...entities.values()], presented)) {
    // A look-alike the text presents as one names what it copies; otherwise both must share a sentence.
    const context =
      sharedContext(impersonation.imitator, impersonation.imitated) ??
      presentedContext(impersonation.imitator);
    if (!context) continue;
    impersonation.imitator.mergeReasons.add(`look-alike: ${impersonation.reason}`);
    relations.push(
      inferredRelation(
        'IMPERSONATES',
        impersonation.imitator,
        impersonation.imitated,
        context,
        IMPERSONATION_STRENGTH,
      ),
    );
  }
  for (const [event, subject] of incidents.subjects) {
    // The incident names its victim, so the text states that it targeted it.
    const context = firstContext(event);
    if (!context || subject.type === 'Malware') continue;
    // Naming "the DNC hack" states what was hit, whatever the sentence then says about who did it.
    relations.push(
      inferredRelation('TARGETED', event, subject, { ...context, modality: 'asserted', assertedBy: [] }, 1),
    );
  }
  // "X was the victim of an attack by Y": with one incident in the document, that attack is it.
  const incidentsNamed = new Set(
    events.map((mention) => mention.entity).filter((entity) => !incidents.occasions.has(entity)),
  );
  const [incident] = incidentsNamed;
  if (incident && incidentsNamed.size === 1) {
    for (const { at, agent } of findIncidentAgents(text, named)) {
      const context = claimAtOffset(at.start);
      if (context) relations.push(inferredRelation('ATTRIBUTED_TO', incident, agent.entity, context, 1));
    }
  }
  for (const { unit, parent, at } of findUnitParents(text, mentions, units)) {
    const context = claimAtOffset(at.start);
    if (context)
      relations.push(inferredRelation('PART_OF', unit.entity, parent.entity, context, UNIT_STRENGTH));
  }
  for (const placement of findPlacements(text, demonyms, resolution.mentions)) {
    const context = claimAtOffset(placement.at.start);
    if (!context) continue;
    const placeId = `${placement.place.type}\u0000${placement.place.key}`;
    const place = entities.get(placeId) ?? placement.place;
    entities.set(placeId, place);
    // An adjective of origin is the article's own description, whatever the sentence reports or hedges.
    relations.push(
      inferredRelation(
        'LOCATED_IN',
        placement.placed.entity,
        place,
        { ...context, modality: 'asserted', assertedBy: [] },
        PLACEMENT_STRENGTH,
      ),
    );
  }

  const stored = [...entities.values()].filter(
    (entity) =>
      entity.mentions.length > 0 || relations.some((r) => r.source === entity.key || r.target === entity.key),
  );
  return {
    entities: stored.map(toExtractedEntity).sort((a, b) => compareKeys(a.type, a.key, b.type, b.key)),
    relations: relations.sort(compareRelations),
  };
}

function fromGazetteer(mention: GazetteerMention): Candidate {
  const { entry } = mention;
  const how = mention.needsContext ? ', accepted on a nearby cue' : '';
  return {
    start: mention.start,
    end: mention.end,
    surface: mention.surface,
    type: entry.type,
    source: 'gazetteer',
    name: entry.name,
    key: entry.key,
    externalIds: entry.externalIds,
    domains: entry.domains,
    reason: `gazetteer: "${mention.surface}" is ${mention.via === 'name' ? 'the name' : 'an alias'} of ${entry.name}${how}`,
  };
}

/** Indicators, except an organisation's own site (and links on it), which are not indicators of anything. */
function indicatorCandidates(text: string): Candidate[] {
  return findIndicators(text).flatMap((indicator): Candidate[] => {
    if (indicator.type === 'Domain' || indicator.type === 'Url') {
      const host = indicator.type === 'Domain' ? indicator.value : hostOfUrl(indicator.value);
      if (host && siteOwner(host)) return [];
    }
    return [
      {
        start: indicator.start,
        end: indicator.end,
        surface: indicator.surface,
        type: indicator.type as EntityType,
        source: 'indicator',
        name: indicator.value,
        key: indicator.value,
        reason: `indicator: "${indicator.surface}" is ${indicator.type} ${indicator.value}`,
      },
    ];
  });
}

function hostOfUrl(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

interface Context {
  sentence: Sentence;
  modality: ExtractedRelation['modality'];
  assertedBy: string[];
}

function inferredRelation(
  type: ExtractedRelation['type'],
  source: ResolvedEntity,
  target: ResolvedEntity,
  context: Context,
  strength: number,
): ExtractedRelation {
  return {
    type,
    source: source.key,
    target: target.key,
    ...settleClaim({
      source: source.key,
      target: target.key,
      modality: context.modality,
      claimants: context.assertedBy,
      strength,
    }),
    evidence: { start: context.sentence.start, end: context.sentence.end },
  };
}

function toExtractedEntity(entity: ResolvedEntity): ExtractedEntity {
  const mentions = dedupeMentions(entity.mentions);
  return {
    key: entity.key,
    type: entity.type,
    name: entity.name,
    aliases: [...entity.aliases].filter((alias) => alias !== entity.name).sort(),
    externalIds: [...entity.externalIds].sort(),
    mergeReasons: [...entity.mergeReasons].sort(),
    mentions,
  };
}

function dedupeMentions(mentions: readonly EntityMention['entity']['mentions'][number][]) {
  const seen = new Set<string>();
  return [...mentions]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((mention) => {
      const id = `${mention.start}:${mention.end}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
}

function compareKeys(typeA: string, keyA: string, typeB: string, keyB: string): number {
  const a = `${typeA}\u0000${keyA}`;
  const b = `${typeB}\u0000${keyB}`;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareRelations(a: ExtractedRelation, b: ExtractedRelation): number {
  const idA = `${a.type}|${a.source}|${a.target}|${a.modality}|${String(a.evidence.start).padStart(9, '0')}`;
  const idB = `${b.type}|${b.source}|${b.target}|${b.modality}|${String(b.evidence.start).padStart(9, '0')}`;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/**
 * Whether a demonym at least as long as a span overlaps it. Demonyms are short, so only those
 * starting within the longest demonym's length before the span are looked at.
 */
function demonymCovering(demonyms: readonly GazetteerMention[]): (span: Span) => boolean {
  const sorted = [...demonyms].sort((a, b) => a.start - b.start);
  let longest = 0;
  for (const demonym of sorted) longest = Math.max(longest, demonym.end - demonym.start);
  return (span) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle]?.start ?? Infinity) <= span.start - longest) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < sorted.length; index++) {
      const demonym = sorted[index];
      if (!demonym || demonym.start >= span.end) break;
      if (overlaps(demonym, span) && span.end - span.start <= demonym.end - demonym.start) return true;
    }
    return false;
  };
}
