/**
 * Published stolen material stands for the incident that stole it: "Hackers broke into the
 * Liberal Party. Two weeks later WikiLeaks published the stolen emails" says that WikiLeaks
 * published the incident's haul, `PUBLISHED` with the incident as its object; so does the
 * passive, "the e-mails were shared by WikiLeaks", and every name listed with the publisher
 * ("released by A, B and C"). The material nouns are the packs'
 * `incidents.leakedMaterial`; the incident is the one named last, in the sentence or the two
 * before it, as for accusations (./denied-accusations.ts).
 */
import { allowsEndpoints } from '../../graph-schema/schema.ts';
import { incidentWords } from '../extract/lang/index.ts';
import { isHackOf } from './events.ts';
import type { Sentence, Span } from '../types.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { ARABIC_NOUN_PREFIX, hasArabic, within, wordsBetween } from './text.ts';
import { findTriggers, type TriggerMatch } from './triggers.ts';
import type { EntityMention } from './types.ts';

const MATERIAL = new PhraseMatcher(
  incidentWords('leakedMaterial').map((phrase) => ({
    phrase,
    value: true,
    arabicPrefix: ARABIC_NOUN_PREFIX,
  })),
);
/** How many sentences back the incident may be named. */
const SENTENCES_BACK = 2;
/** Between the material and a passive verb: "were", "have been", "a été". */
const TO_PASSIVE = /^\s+(?:[\p{L}']+\s+){0,2}$/u;
/**
 * Between an active verb and the material: nothing, an article, or a share of it ("some of the",
 * "a trove of", "une partie des"); "a report on the documents" publishes a report.
 */
const TO_MATERIAL = /^\s+(?:[\p{L}]+\s+(?:[\p{L}]+\s+)?(?:of|de|des|du|d['’])\s*)?(?:(?:the|les|des)\s+)?$/iu;
/** Between the publisher and its verb ("WikiLeaks later published"). */
const MAX_WORDS_TO_VERB = 2;
const CLAUSE_END = /[,،.;:()]/u;

export interface PublishedIncident {
  publisher: EntityMention;
  incident: EntityMention;
  /** The material noun. */
  at: Span;
}

/**
 * Incidents whose stolen material a named publisher published. `incidents`: the document's
 * incident mentions, sorted by start; `mentions`: every name, sorted by start.
 */
export function findPublishedIncidents(
  text: string,
  sentences: readonly Sentence[],
  incidents: readonly EntityMention[],
  mentions: readonly EntityMention[],
): PublishedIncident[] {
  const found: PublishedIncident[] = [];
  sentences.forEach((sentence, index) => {
    const materials = MATERIAL.find(text, sentence.start, sentence.end);
    if (materials.length === 0) return;
    const verbs = findTriggers(text, sentence.start, sentence.end).filter(
      (trigger) => trigger.spec.id === 'publication' || trigger.spec.id === 'published-by',
    );
    if (verbs.length === 0) return;
    const named = within(mentions, sentence);
    const from = sentences[Math.max(0, index - SENTENCES_BACK)]?.start ?? sentence.start;
    for (const material of materials) {
      // "published the stolen emails of the DNC hack": an incident named after it is the object the triggers read.
      if (within(incidents, sentence).some((mention) => mention.start >= material.end)) continue;
      const incident = incidents.findLast(
        (mention) => mention.start >= from && mention.end <= material.start,
      );
      const publisher = incident && publisherOf(text, material, verbs, named);
      if (!incident || !publisher) continue;
      for (const listed of withListed(text, publisher, named)) {
        // "After the hack of the OSCE, WikiLeaks released the emails": the victim published nothing.
        if (isHackOf(incident.entity, listed.entity)) continue;
        if (allowsEndpoints('PUBLISHED', listed.entity.type, incident.entity.type))
          found.push({ publisher: listed, incident, at: { start: material.start, end: material.end } });
      }
    }
  });
  return found;
}

/** A comma, "and", "et" or "و" between two names of one list. */
const LIST_GAP = /^\s*(?:,\s*(?:(?:and|et)\s+)?|\s(?:and|et)\s+|\sو\s*)$/u;

/**
 * The publisher and the names listed with it ("released by A, B and C", "A and B published"):
 * each put the material out.
 */
function withListed(
  text: string,
  publisher: EntityMention,
  named: readonly EntityMention[],
): EntityMention[] {
  const index = named.indexOf(publisher);
  const listed = [publisher];
  for (let before = index - 1; before >= 0; before--) {
    const mention = named[before];
    const next = listed[0];
    if (!mention || !next || !LIST_GAP.test(text.slice(mention.end, next.start))) break;
    listed.unshift(mention);
  }
  for (let after = index + 1; after < named.length; after++) {
    const mention = named[after];
    const previous = listed.at(-1);
    if (!mention || !previous || !LIST_GAP.test(text.slice(previous.end, mention.start))) break;
    listed.push(mention);
  }
  return listed;
}

function publisherOf(
  text: string,
  material: Span,
  verbs: readonly TriggerMatch[],
  named: readonly EntityMention[],
): EntityMention | undefined {
  for (const verb of verbs) {
    if (verb.spec.id === 'published-by') {
      // "the e-mails were shared by WikiLeaks": the publisher right after "by".
      if (verb.start < material.end || !TO_PASSIVE.test(text.slice(material.end, verb.start))) continue;
      const after = named.find((mention) => mention.start >= verb.end);
      if (
        after &&
        wordsBetween(text, verb.end, after.start) <= 1 &&
        !CLAUSE_END.test(text.slice(verb.end, after.start))
      )
        return after;
      continue;
    }
    if (verb.end > material.start) continue;
    const toMaterial = text.slice(verb.end, material.start);
    if (CLAUSE_END.test(toMaterial)) continue;
    if (hasArabic(text.slice(verb.start, verb.end))) {
      // "نشر موقع ويكيليكس الوثائق المسربة": the verb, its subject, then the material.
      const subject = named.find((mention) => mention.start >= verb.end && mention.end <= material.start);
      if (subject) return subject;
      continue;
    }
    if (!TO_MATERIAL.test(toMaterial)) continue;
    const subject = named.findLast((mention) => mention.end <= verb.start);
    if (
      subject &&
      wordsBetween(text, subject.end, verb.start) <= MAX_WORDS_TO_VERB &&
      !CLAUSE_END.test(text.slice(subject.end, verb.start))
    )
      return subject;
  }
  return undefined;
}
