/**
 * The rule-based extractor, one pipeline of typed stages:
 *
 * 1. candidates: every finder of the registry (./finders.ts) over the document scan;
 * 2. selection: one candidate where several overlap (./select.ts), units that are actors;
 * 3. resolution: candidates into entities (./resolve.ts), parties told from their founders;
 * 4. events: incidents named after their victims (./events.ts);
 * 5. anaphora: "the group", "le groupe" for the actor named before (./anaphora.ts);
 * 6. claims: the claim cues of each sentence, found once (./claims.ts);
 * 7. relations: trigger words and the sentence producers (./relations.ts, ./producers.ts),
 *    then incidents merged into their organisation's, then the document producers;
 * 8. modality: every relation's modality, claimants and confidence settled in ./modality.ts;
 *    the merged incidents' keys remapped once (./resolve.ts).
 *
 * Deterministic: the same text always gives the same output.
 */
import type {
  ExtractedEntity,
  ExtractedRelation,
  Extraction,
  ExtractionInput,
  Extractor,
} from '../extractor.ts';
import { defaultGazetteerLexicon } from '../lexicon/index.ts';
import { findAnaphora } from './anaphora.ts';
import { findAliasNames } from './aliases.ts';
import { findDescriptiveAppositions } from './appositions.ts';
import { organisationReferences } from './descriptions.ts';
import { claimAt, findSentenceCues } from './claims.ts';
import { findEvents, mergeAffiliatedIncidents } from './events.ts';
import { insideWrittenPath } from './written-paths.ts';
import { findCandidates, scanDocument } from './finders.ts';
import { knownNames } from './known-names.ts';
import { maskLinkTargets } from './markdown-links.ts';
import { inheritReachedFrames, settleClaim } from './modality.ts';
import { coordinatedNames, organisationsListedByShape, type TentativeName } from './names-latin.ts';
import { findUnitIdentities } from './names-units.ts';
import { resolvePartyMentions } from './parties.ts';
import { undergoneIncidentAgents } from './undergone-agents.ts';
import {
  DOCUMENT_PRODUCERS,
  SENTENCE_PRODUCERS,
  type ClaimContext,
  type InferredRelation,
} from './producers.ts';
import { extractRelations } from './relations.ts';
import { remapKeys, resolveEntities, type MentionLink } from './resolve.ts';
import { selectCandidates } from './select.ts';
import { typeActorsNamedAsPrograms } from './software-names.ts';
import { findSubjectRows, withRowReferences } from './table-subjects.ts';
import { overlapsAnyOf } from './span-overlap.ts';
import { overlaps, spanIndexAt, within } from './text.ts';
import type { EntityMention, ResolvedEntity } from './types.ts';

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
  const scan = scanDocument(input);
  const candidates = findCandidates(scan);

  // "the X ransomware program": a known gang's name given to its software is the malware here.
  const chosen = typeActorsNamedAsPrograms(text, selectCandidates(candidates));
  const chosenSet = new Set(chosen);
  // A unit the text says is a threat actor is that actor: it joins it as one more of its names.
  const identities = findUnitIdentities(
    text,
    scan.units.filter((unit) => chosenSet.has(unit)),
    chosen,
  );
  const asActor = new Map(identities.map(({ unit }) => [unit, { ...unit, type: 'ThreatActor' as const }]));
  const aliases = findAliasNames(
    text,
    chosen.map((candidate) => asActor.get(candidate) ?? candidate),
  );
  const ordered = [...aliases.selected, ...aliases.added].sort((a, b) => a.start - b.start || a.end - b.end);
  // "Siemens, Deutsche Bahn and British Airways": a list of organisations types its members.
  const selected = organisationsListedByShape(text, ordered);
  const selectedSet = new Set(ordered);
  // A retyped candidate is a new object: the links name it by the one it replaces.
  const current = new Map(ordered.map((candidate, index) => [candidate, selected[index] ?? candidate]));
  const relinked = (link: MentionLink): MentionLink => ({
    ...link,
    a: current.get(link.a) ?? link.a,
    b: current.get(link.b) ?? link.b,
  });
  const links: MentionLink[] = [
    ...scan.acronyms
      .filter((link) => selectedSet.has(link.longForm) && selectedSet.has(link.acronym))
      .map((link) => ({ a: link.longForm, b: link.acronym, reason: link.longForm.reason })),
    ...identities.map(({ unit, actor, reason }) => ({ a: actor, b: asActor.get(unit) ?? unit, reason })),
    ...aliases.links,
  ].map(relinked);
  const untaken = (name: TentativeName) =>
    scan.outsideLists(name) &&
    !insideWrittenPath(scan.writtenPaths, name) &&
    !scan.linkTitles.some((title) => overlaps(title, name)) &&
    spanIndexAt(selected, name.start) < 0 &&
    spanIndexAt(selected, name.end - 1) < 0 &&
    within(selected, name).length === 0;
  const tentative = scan.latin.tentative.filter(untaken);
  const coordinated = coordinatedNames(text, selected, tentative);
  const coordinatedStarts = new Set(coordinated.map((candidate) => candidate.start));
  const resolution = resolveEntities({
    candidates: [...selected, ...coordinated],
    tentative: tentative.filter((name) => !coordinatedStarts.has(name.start)),
    spaced: scan.latin.spaced.filter(untaken),
    links,
    fuzzy: knownNames().fuzzy,
  });
  for (const apposition of findDescriptiveAppositions(text, resolution.mentions)) {
    apposition.entity.aliases.add(apposition.descriptor);
    apposition.entity.mergeReasons.add(apposition.reason);
  }

  const foundedBy = (person: string) => knownNames().foundedBy.get(person) ?? [];
  const mentions = resolvePartyMentions(text, resolution.mentions, resolution.entities, foundedBy);
  // "سرقة البنك" after "سرقة البنك المركزي البنغلاديشي": an incident noun before the head noun
  // of a victim named before is that victim's incident again.
  const headReferences = organisationReferences(
    text,
    sentences,
    mentions.filter((mention) => mention.entity.type === 'Organization'),
  );
  // "[the power outage](https://…) Ukraine suffered": a link's brackets and address are no words
  // of the sentence, for incidents as for relations.
  const linked = maskLinkTargets(text);
  const incidents = findEvents(
    linked.text,
    sentences,
    [...mentions, ...headReferences].sort((a, b) => a.start - b.start || b.end - a.end),
  );
  const events = incidents.mentions;
  const named = [...mentions, ...events].sort((a, b) => a.start - b.start || b.end - a.end);
  // In a table, a row's description speaks of the row's subject, not of the last name before it.
  const anaphora = withRowReferences(
    text,
    findSubjectRows(text, named),
    named,
    findAnaphora(
      text,
      sentences,
      named.filter((mention) => !incidents.occasions.has(mention.entity)),
      scan.demonyms,
    ),
  );
  // Built once: the sentence loop of the relations asks it too.
  const isSilent = overlapsAnyOf([
    ...scan.headlines.lists,
    ...scan.headlines.titles,
    ...scan.headlines.citations,
  ]);
  const withReferences = [...named, ...anaphora].sort((a, b) => a.start - b.start || b.end - a.end);
  // "[BAE attributes](https://…) to X": the address a link cites is no argument of what the
  // sentence states.
  const stated = withReferences.filter(
    (mention) => !linked.targets.some((target) => overlaps(target, mention)),
  );
  const cues = findSentenceCues(linked.text, sentences, stated);
  const { relations, claimants } = extractRelations({
    text: linked.text,
    sentences,
    mentions: stated,
    isSilent,
    cues,
    producers: SENTENCE_PRODUCERS,
  });
  const remap = mergeAffiliatedIncidents(incidents, relations, resolution.entities, foundedBy);

  const entities = new Map<string, ResolvedEntity>();
  // A victim that is itself an event (the Games) may be named only inside the incident's own name.
  const victims = [...incidents.subjects.values()];
  for (const entity of [...resolution.entities, ...events.map((mention) => mention.entity), ...victims]) {
    entities.set(`${entity.type}\u0000${entity.key}`, entity);
  }
  const claimAtOffset = (offset: number): ClaimContext | undefined => {
    const index = spanIndexAt(sentences, offset);
    const sentence = sentences[index];
    if (!sentence || isSilent(sentence)) return undefined;
    // The cues were found once per sentence, before the relations.
    const claim = claimAt(cues[index] ?? [], offset, text);
    if (claim.unstated) return undefined;
    return { sentence, modality: claim.modality, assertedBy: claimants[index] ?? [] };
  };
  const facts = {
    text,
    sentences,
    resolved: resolution.mentions,
    mentions,
    named,
    referenced: stated,
    incidents,
    units: scan.units,
    demonyms: scan.demonyms,
    entities,
    claimAt: claimAtOffset,
  };
  for (const producer of DOCUMENT_PRODUCERS) relations.push(...producer.produce(facts).map(settled));
  const framed = inheritReachedFrames(relations, {
    sentences,
    namedAt: startsByKey(named),
    referredAt: startsByKey(
      anaphora.flatMap((mention) =>
        [mention.entity, ...(mention.alsoFor ?? [])].map((entity) => ({ ...mention, entity })),
      ),
    ),
    referredForwardAt: startsByKey(anaphora.filter((mention) => mention.forward === true)),
    claimAt: claimAtOffset,
  });
  framed.push(...undergoneIncidentAgents(framed, incidents, entities.values()));
  remapKeys(framed, remap);

  const related = new Set(framed.flatMap((relation) => [relation.source, relation.target]));
  const stored = [...entities.values()].filter(
    (entity) => entity.mentions.length > 0 || related.has(entity.key),
  );
  return {
    entities: stored.map(toExtractedEntity).sort((a, b) => compareKeys(a.type, a.key, b.type, b.key)),
    relations: sortRelations(framed),
  };
}

/** An inferred relation with its modality, claimants and confidence settled from its sentence's claim. */
function settled(relation: InferredRelation): ExtractedRelation {
  const { type, source, target, context, strength, selfReport } = relation;
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
      selfReport,
    }),
    evidence: { start: context.sentence.start, end: context.sentence.end },
  };
}

/** Where the mentions stand for each entity, by key, in order. */
function startsByKey(mentions: readonly EntityMention[]): (key: string) => readonly number[] {
  const starts = new Map<string, number[]>();
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    const list = starts.get(mention.entity.key) ?? [];
    list.push(mention.start);
    starts.set(mention.entity.key, list);
  }
  return (key) => starts.get(key) ?? [];
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

/** Relations in the order of their sort keys, each key built once rather than per comparison. */
function sortRelations(relations: ExtractedRelation[]): ExtractedRelation[] {
  return relations
    .map((relation) => ({ relation, id: relationSortKey(relation) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ relation }) => relation);
}

function relationSortKey(relation: ExtractedRelation): string {
  const { type, source, target, modality, evidence } = relation;
  return `${type}|${source}|${target}|${modality}|${String(evidence.start).padStart(9, '0')}`;
}
