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
 *   decimals.
 */
import type { Modality } from '../../graph-schema/schema.ts';

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
