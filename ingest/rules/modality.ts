/**
 * The one place that settles a relation's modality, claimants and confidence, whatever found
 * the relation (a trigger word, an apposition, an incident's name, a look-alike domain, a
 * demonym). Its inputs are what the sentence's claim cues said (./claims.ts) and who speaks;
 * the policy:
 *
 * - someone named vouching for a plain statement makes it `reported`;
 * - what a sentence says about its own claimant ("Selon X, chercheur chez Y") is the article's
 *   word: no claimant, and `asserted` rather than `reported`; a denial keeps its denier;
 * - confidence follows the STIX scale (High 85, Medium 50, Low 15), by modality: asserted
 *   0.85, reported 0.7 (someone named vouches for it), suspected 0.5, denied 0.85 (the denial
 *   itself is certain), scaled down by the strength of the words that stated it, to two
 *   decimals;
 * - an actor reached through a reference ("the two groups", "the malware used was", "the spear
 *   phishing") right after a sentence that names it under a hedge or a source ("companies have
 *   linked X with Y, a toolset used by the two groups"; "This campaign is likely attributed to
 *   X. The malware used was Z.") is known only through that claim: a plain statement of what it
 *   does takes the claim's modality and claimants (`inheritReachedFrames`); so does a campaign
 *   told of before the sentence that attributes it ("A malicious campaign hit X. This campaign
 *   is likely attributed to Y."), under that later claim.
 */
import type { Modality } from '../../graph-schema/schema.ts';
import type { ExtractedRelation } from '../extractor.ts';
import type { Span } from '../types.ts';

const MODALITY_CONFIDENCE: Record<Modality, number> = {
  asserted: 0.85,
  reported: 0.7,
  suspected: 0.5,
  denied: 0.85,
};

export interface ClaimInput {
  source: string;
  target: string;
  /** The modality the sentence's cues give at the words that state the relation. */
  modality: Modality;
  /** Keys of who vouches for it, as the sentence names them. */
  claimants: readonly string[];
  /** The claimant speaks of itself ("X said it was hit"): a relation about it stays its claim. */
  selfReport?: boolean;
  /** 0..1: how reliably the words state the relation. */
  strength: number;
}

export interface SettledClaim {
  modality: Modality;
  assertedBy: string[];
  confidence: number;
}

export function settleClaim(input: ClaimInput): SettledClaim {
  let assertedBy = [...input.claimants];
  let modality: Modality =
    input.modality === 'asserted' && assertedBy.length > 0 ? 'reported' : input.modality;
  const aboutClaimant =
    !input.selfReport && (assertedBy.includes(input.source) || assertedBy.includes(input.target));
  if (aboutClaimant && modality !== 'denied') {
    assertedBy = [];
    if (modality === 'reported') modality = 'asserted';
  }
  return { modality, assertedBy, confidence: confidenceOf(modality, input.strength) };
}

export function confidenceOf(modality: Modality, strength: number): number {
  return Math.round(MODALITY_CONFIDENCE[modality] * strength * 100) / 100;
}

/** How the text reaches each entity, for `inheritReachedFrames`. */
export interface Reach {
  sentences: readonly Span[];
  /** Starts of the places the text names the entity by key, in order. */
  namedAt: (key: string) => readonly number[];
  /** Starts of the references standing for the entity by key ("the group"), in order. */
  referredAt: (key: string) => readonly number[];
  /** Those of them that stand for a naming after them ("a campaign ... attributed to X"). */
  referredForwardAt: (key: string) => readonly number[];
  /** The claim in force at an offset: its modality and claimants. */
  claimAt: (offset: number) => Framing | undefined;
}

/** The modality and claimants a claim gives what it frames. */
interface Framing {
  modality: Modality;
  assertedBy: readonly string[];
}

/** How many sentences before its reference an actor's naming may frame it. */
const FRAME_REACH = 3;

/**
 * Gives a plain statement about an actor reached through a reference the modality and
 * claimants of the hedged or reported claim under which the text last named it (the policy
 * above).
 */
export function inheritReachedFrames(
  relations: readonly ExtractedRelation[],
  reach: Reach,
): ExtractedRelation[] {
  const attributions = relations.filter(
    (relation) => relation.type === 'ATTRIBUTED_TO' && isFraming(relation.modality),
  );
  // Each entity's relations, looked up by key: a scan of all of them per relation would grow
  // with the square of a long document's relations.
  const related = new Map<string, ExtractedRelation[]>();
  for (const relation of relations) {
    for (const key of new Set([relation.source, relation.target])) {
      const list = related.get(key);
      if (list) list.push(relation);
      else related.set(key, [relation]);
    }
  }
  return relations.map((relation) => {
    if (
      relation.type === 'ATTRIBUTED_TO' ||
      relation.modality !== 'asserted' ||
      relation.assertedBy.length > 0
    ) {
      return relation;
    }
    const frame = frameOf(relation, attributions, related, reach);
    if (!frame) return relation;
    // The strength of the words that stated it stays; the claim's modality replaces "asserted".
    const strength = relation.confidence / MODALITY_CONFIDENCE.asserted;
    const confidence = confidenceOf(frame.modality, strength);
    return { ...relation, modality: frame.modality, assertedBy: [...frame.assertedBy], confidence };
  });
}

/** The hedged or reported claim under which the relation's actor was last named, if any. */
function frameOf(
  relation: ExtractedRelation,
  attributions: readonly ExtractedRelation[],
  related: ReadonlyMap<string, readonly ExtractedRelation[]>,
  reach: Reach,
): Framing | undefined {
  const actor = relation.source;
  const { start, end } = relation.evidence;
  const inside = (offset: number) => offset >= start && offset < end;
  const named = reach.namedAt(actor);
  const reference = reach.referredAt(actor).find(inside);
  // Named in its own sentence and referred to nowhere in it: the sentence's own claim decides.
  if (reference === undefined && named.some(inside)) return undefined;
  const reachedAt = reference ?? start;
  const forward = reference !== undefined && reach.referredForwardAt(actor).includes(reference);
  const naming = forward
    ? named.find((offset) => offset > reachedAt)
    : named.filter((offset) => offset < reachedAt).at(-1);
  if (naming === undefined) return undefined;
  const sentenceIndex = (offset: number) =>
    reach.sentences.findIndex((span) => span.start <= offset && offset < span.end);
  const namingIndex = sentenceIndex(naming);
  const namingSentence = reach.sentences[namingIndex];
  if (!namingSentence || Math.abs(sentenceIndex(reachedAt) - namingIndex) > FRAME_REACH) return undefined;
  const attributionsNaming = attributions.filter(
    (attribution) => attribution.evidence.start <= naming && naming < attribution.evidence.end,
  );
  // A doubt on whom the actor answers to, said before its name ("a group supposedly tied to
  // Iran, X"), is no doubt that it did what it did.
  const sponsorDoubted = attributionsNaming.some(
    (attribution) =>
      attribution.source === actor &&
      reach.namedAt(attribution.target).some((offset) => offset >= namingSentence.start && offset < naming),
  );
  if (sponsorDoubted) return undefined;
  // "Researchers believe X targeted the ministry. The ministry, based in Y, said ...": a body the
  // naming sentence tells of only as what was done to it ("do not believe X took part in the
  // attack on the ministry" too) is no actor known through the claim; what the text says of it
  // later is the text's own word. Where the body stands, stated in the text's own voice ("the
  // Turkish ministry" placing it in Turkey), tells nothing of it as an actor either.
  const told = (related.get(actor) ?? []).filter(
    (other) => other.evidence.start <= naming && naming < other.evidence.end,
  );
  const toldAsVictim = (other: ExtractedRelation): boolean =>
    (other.target === actor && other.type !== 'ATTRIBUTED_TO') ||
    (other.source === actor && other.type === 'LOCATED_IN' && other.modality === 'asserted');
  if (told.length > 0 && told.every(toldAsVictim)) return undefined;
  const claim = reach.claimAt(naming);
  // What a claim says about its own claimant is the article's word (as in `settleClaim`).
  const aboutClaimant =
    claim?.assertedBy.includes(relation.source) || claim?.assertedBy.includes(relation.target);
  if (claim && isFraming(claim.modality) && !aboutClaimant) return claim;
  // Within one sentence, the attribution that names the actor may be reported by its own verb
  // ("have linked X with Y, ... used by the two groups").
  if (sentenceIndex(reachedAt) !== namingIndex) return undefined;
  return attributionsNaming.find(
    (attribution) => attribution.source === actor || attribution.target === actor,
  );
}

function isFraming(modality: Modality): boolean {
  return modality === 'suspected' || modality === 'reported';
}
