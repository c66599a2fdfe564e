/**
 * A denial of the accusations rather than of a named incident: "APT28 was behind the hack of
 * TV5Monde. The Kremlin denied the accusations." The accusation noun stands for what the text
 * attributed just before, so the denier denies the incident named last, in its sentence or the
 * two before it. Only a denial that governs the noun counts, as claims.ts reads the sentence:
 * the denial verb before it, or a passive after it that names the denier ("the accusation was
 * rejected by X"). When the text named no incident in that reach, the accusations are about
 * the last incident of an earlier accusation of someone the denial's sentence names before the
 * noun: "The ministry accused Moscow of the hack of the Harbour Times. [...] Moscow called the
 * accusations hysteria" (the denier is always named before the noun it denies). With no incident
 * in that reach, the accusations are about the one actor named there ("Kimsuky read the e-mails
 * of X. North Korea has denied any involvement"): several named, they are about none that a
 * reader could tell (findAccusedActors).
 */
import { PACKS, triggerWords } from '../extract/lang/index.ts';
import type { Sentence } from '../types.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { ARABIC_NOUN_PREFIX, ARABIC_VERB_PREFIX, within } from './text.ts';
import type { EntityMention } from './types.ts';

const ACCUSATION = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.claims.accusations).map((phrase) => ({
    phrase,
    value: true,
    arabicPrefix: ARABIC_NOUN_PREFIX,
  })),
);
/** An accusation noun, or a noun for a part in what was told ("any involvement"). */
const ACCUSATION_OR_INVOLVEMENT = new PhraseMatcher(
  PACKS.flatMap((pack) => [...pack.claims.accusations, ...pack.claims.involvements]).map((phrase) => ({
    phrase,
    value: true,
    arabicPrefix: ARABIC_NOUN_PREFIX,
  })),
);
/** The verbs of an accusation ("accused X of", "blamed X for"), and its nouns. */
const ACCUSING = new PhraseMatcher([
  ...triggerWords('accusation')
    .flatMap((words) => words.phrases)
    .map((phrase) => ({ phrase, value: true, arabicPrefix: ARABIC_VERB_PREFIX })),
  ...PACKS.flatMap((pack) => pack.claims.accusations).map((phrase) => ({
    phrase,
    value: true,
    arabicPrefix: ARABIC_NOUN_PREFIX,
  })),
]);
/** How many sentences back the incident the accusations are about may be named. */
const SENTENCES_BACK = 2;

export interface DeniedAccusation {
  /** The incident the accusations are about. */
  incident: EntityMention;
  /** Where the accusation noun is written. */
  at: number;
  sentence: Sentence;
}

/**
 * Accusation nouns with the incident they stand for. `incidents` are the document's incident
 * mentions (occasions such as the Games left out), sorted by start; whether a denial governs
 * each noun is for the caller to check with the claim at `at`.
 */
export function findAccusedIncidents(
  text: string,
  sentences: readonly Sentence[],
  incidents: readonly EntityMention[],
  names: readonly EntityMention[],
): DeniedAccusation[] {
  const found: DeniedAccusation[] = [];
  sentences.forEach((sentence, index) => {
    const [noun] = ACCUSATION.find(text, sentence.start, sentence.end);
    if (!noun) return;
    // "denied the accusations of hacking the DNC": an incident named after the noun is the
    // object, and the relation rules read it.
    if (within(incidents, sentence).some((mention) => mention.start >= noun.end)) return;
    const from = sentences[Math.max(0, index - SENTENCES_BACK)]?.start ?? sentence.start;
    const before = incidents.filter((mention) => mention.start >= from && mention.end <= noun.start);
    // "Senators cited the leak as a cause of the investigation into the meddling in X. Moscow
    // denied all allegations": an incident the text tells of again is what the accusations are
    // about, rather than one it recalls once in passing.
    const incident =
      before.findLast((mention) => toldAgain(mention, incidents)) ??
      before.at(-1) ??
      accusedEarlier(text, sentences.slice(0, Math.max(0, index - SENTENCES_BACK)), incidents, names, {
        start: sentence.start,
        end: noun.start,
      });
    if (incident) found.push({ incident, at: noun.start, sentence });
  });
  return found;
}

export interface DeniedActor {
  /** The one actor the accusations are about. */
  actor: EntityMention;
  /** Where the accusation noun is written. */
  at: number;
}

/**
 * Accusation nouns that stand for no incident, with the one threat actor named in their
 * sentence or the two before (never one named after the noun, which is its object, nor the
 * denier itself, whom the caller leaves out). `incidents` as for findAccusedIncidents.
 */
export function findAccusedActors(
  text: string,
  sentences: readonly Sentence[],
  incidents: readonly EntityMention[],
  names: readonly EntityMention[],
): DeniedActor[] {
  const found: DeniedActor[] = [];
  sentences.forEach((sentence, index) => {
    const [noun] = ACCUSATION_OR_INVOLVEMENT.find(text, sentence.start, sentence.end);
    if (!noun) return;
    const from = sentences[Math.max(0, index - SENTENCES_BACK)]?.start ?? sentence.start;
    const reach = (mention: EntityMention) => mention.start >= from && mention.start < sentence.end;
    if (incidents.some(reach)) return;
    if (names.some((mention) => mention.start >= noun.end && mention.start < sentence.end)) return;
    const actors = names.filter(
      (mention) => reach(mention) && mention.end <= noun.start && mention.entity.type === 'ThreatActor',
    );
    const [actor] = actors;
    if (actor && actors.every((mention) => mention.entity === actor.entity)) {
      found.push({ actor, at: noun.start });
    }
  });
  return found;
}

/** The last incident of `earlier` sentences named in an accusation, with a name `lead` names too. */
function accusedEarlier(
  text: string,
  earlier: readonly Sentence[],
  incidents: readonly EntityMention[],
  names: readonly EntityMention[],
  lead: { start: number; end: number },
): EntityMention | undefined {
  const accused = new Set(within(names, lead).map((mention) => mention.entity.key));
  if (accused.size === 0) return undefined;
  for (const sentence of [...earlier].reverse()) {
    if (!within(names, sentence).some((mention) => accused.has(mention.entity.key))) continue;
    if (ACCUSING.find(text, sentence.start, sentence.end).length === 0) continue;
    const named = within(incidents, sentence).at(-1);
    if (named) return named;
  }
  return undefined;
}

function toldAgain(mention: EntityMention, incidents: readonly EntityMention[]): boolean {
  return incidents.some((other) => other !== mention && other.entity === mention.entity);
}
