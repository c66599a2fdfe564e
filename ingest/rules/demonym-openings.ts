/**
 * A capitalised run that opens on a demonym, "the Israeli NSO Group", "the Norwegian Front
 * Altair": the demonym says where the name after it is, it is no word of the name. The run gives
 * way to the known name after the demonym, or, when the gazetteer knows none, an organisation's
 * run loses its demonym when two capitalised words or more follow it and no head word of a body's
 * name closes them or stands inside them; the demonym then places the name (./demonyms.ts). A name
 * the gazetteer knows whole ("Saudi Aramco"), a run the text gives as a long name with its acronym
 * after it ("the Russian Federal Security Service (FSB)"), a body's name ("Norwegian Refugee Council", "the
 * French Cybersecurity Agency ANSSI") and one word after the demonym ("American Express") stay as
 * written.
 */
import type { GazetteerMention } from '../lexicon/index.ts';
import { ORGANIZATION_HEADS } from './cues.ts';
import type { Candidate } from './types.ts';

/**
 * "The Russian Federal Security Service (FSB)": an acronym in brackets right after the run makes
 * it the long name the text gives the body, demonym included (./demonyms.ts places nothing then).
 */
const ACRONYM_AFTER = /^\s*\(\s*\p{Lu}[\p{Lu}\p{N}&-]+\s*\)/u;
const ACRONYM_REACH = 16;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{N}'’-]*$/u;
/** Fewer words after the demonym may be the name's own ("American Express", "Swiss Re"). */
const MIN_WORDS_AFTER = 2;

export function withoutDemonymOpenings(
  text: string,
  candidates: readonly Candidate[],
  demonyms: readonly GazetteerMention[],
): Candidate[] {
  // Keyed by where they start, so that each candidate looks up its demonym and the known name
  // after it instead of reading every one: a long document names hundreds of each.
  const knownEnds = new Map<number, Set<number>>();
  for (const candidate of candidates) {
    if (candidate.source !== 'gazetteer') continue;
    const ends = knownEnds.get(candidate.start) ?? new Set<number>();
    ends.add(candidate.end);
    knownEnds.set(candidate.start, ends);
  }
  const demonymsByStart = new Map<number, GazetteerMention[]>();
  for (const found of demonyms) {
    const starting = demonymsByStart.get(found.start) ?? [];
    starting.push(found);
    demonymsByStart.set(found.start, starting);
  }
  return candidates.flatMap((candidate) => {
    if (candidate.source === 'gazetteer' || candidate.source === 'indicator') return [candidate];
    if (ACRONYM_AFTER.test(text.slice(candidate.end, candidate.end + ACRONYM_REACH))) return [candidate];
    const demonym = demonymsByStart.get(candidate.start)?.find((found) => found.end < candidate.end);
    if (!demonym) return [candidate];
    const rest = candidate.surface.slice(demonym.end - candidate.start);
    const restStart = demonym.end + (rest.length - rest.trimStart().length);
    if (!/^\s+\S/u.test(rest)) return [candidate];
    if (knownEnds.get(restStart)?.has(candidate.end) === true) return [];
    const words = rest.trim().split(/\s+/u);
    if (
      candidate.type !== 'Organization' ||
      words.length < MIN_WORDS_AFTER ||
      !words.every((word) => CAPITALISED_WORD.test(word)) ||
      // A head word closing or inside the rest ("Refugee Council", "Cybersecurity Agency ANSSI")
      // makes the demonym the first word of a body's name.
      words.slice(1).some((word) => ORGANIZATION_HEADS.has(word))
    )
      return [candidate];
    const surface = rest.trim();
    const name = candidate.name.endsWith(surface) ? surface : candidate.name;
    return [
      {
        ...candidate,
        start: restStart,
        surface,
        name,
        reason: `${candidate.reason}; the demonym before it places it`,
      },
    ];
  });
}
