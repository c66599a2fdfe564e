/**
 * The owner of leaked material is the victim of the leak a reference names next: "More than
 * 9,000 e-mails related to the campaign of Ana Brenn were posted online. The leaks, dubbed
 * BrennLeaks, spread within hours." The second sentence opens on a reference to an incident
 * (the packs' `references.incidents`, "the leaks", "la fuite") and a word of naming right before
 * the incident's name; the sentence before tells whose material it was, through the packs'
 * `references.materialOwners` ("e-mails related to", "courriels de") and a name a few words on
 * ("the campaign of Ana Brenn": a person's campaign is the person's).
 */
import { PACKS } from '../extract/lang/index.ts';
import type { Sentence, Span } from '../types.ts';
import { alternation } from './patterns.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { spanIndexAt, within, wordsBetween } from './text.ts';
import type { EntityMention } from './types.ts';

const REFERENCE = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.references.incidents).map((phrase) => ({ phrase, value: true })),
);
const OWNER_WORDS = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.references.materialOwners).map((phrase) => ({ phrase, value: true })),
);
/**
 * Between the reference and the name: a comma and a participle of naming ("dubbed", "baptisée
 * «"), maybe with one of the packs' `references.namingParticles` ("known as").
 */
const NAMING_GAP = new RegExp(
  String.raw`^\s*,?\s*\p{Ll}+(?:\s+(?:${alternation(PACKS.flatMap((pack) => pack.references.namingParticles))}))?\s*[«"“]?\s*$`,
  'u',
);
/** Between the owner words and the owner: "the campaign of", "l'équipe d'", no punctuation. */
const MAX_WORDS_TO_OWNER = 3;
const OWNER_TYPES = new Set(['Person', 'Organization']);

export interface LeakOwner {
  incident: EntityMention;
  owner: EntityMention;
  /** The owner words. */
  at: Span;
}

/** `incidents` are the document's incident mentions and `names` its resolved names, each sorted by start. */
export function findLeakOwners(
  text: string,
  sentences: readonly Sentence[],
  incidents: readonly EntityMention[],
  names: readonly EntityMention[],
): LeakOwner[] {
  const found: LeakOwner[] = [];
  for (const incident of incidents) {
    const index = spanIndexAt(sentences, incident.start);
    const sentence = sentences[index];
    const before = sentences[index - 1];
    if (!sentence || !before) continue;
    const [reference] = REFERENCE.find(text, sentence.start, incident.start);
    if (!reference || text.slice(sentence.start, reference.start).trim() !== '') continue;
    if (!NAMING_GAP.test(text.slice(reference.end, incident.start))) continue;
    const owner = ownerIn(text, before, names);
    if (owner) found.push({ incident, ...owner });
  }
  return found;
}

/** The first name the sentence gives as the owner of material, a few words after the owner words. */
function ownerIn(
  text: string,
  sentence: Sentence,
  names: readonly EntityMention[],
): { owner: EntityMention; at: Span } | undefined {
  const inSentence = within(names, sentence);
  for (const words of OWNER_WORDS.find(text, sentence.start, sentence.end)) {
    const owner = inSentence.find((mention) => mention.start >= words.end);
    if (
      owner &&
      OWNER_TYPES.has(owner.entity.type) &&
      !/[,;:.()]/u.test(text.slice(words.end, owner.start)) &&
      wordsBetween(text, words.end, owner.start) <= MAX_WORDS_TO_OWNER
    )
      return { owner, at: { start: words.start, end: words.end } };
  }
  return undefined;
}
