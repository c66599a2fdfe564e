/**
 * A city whose Arabic spelling is also a country's: "عمان" is Oman, and Amman. The gazetteer
 * keeps the country as the plain reading and the city as a context-only twin; after the capital
 * noun with its article ("العاصمة عمان", "العاصمة الأردنية عمان", the noun in apposition) the
 * name is the city. "عاصمة عمان" (the capital of Oman) has the noun in construct, no article.
 */
import { names } from '../extract/lang/ar/names.ts';
import type { GazetteerEntry } from '../gazetteer/types.ts';
import type { GazetteerMention } from '../lexicon/index.ts';
import { foldKey } from '../normalize/fold.ts';

const CAPITAL_NOUNS: ReadonlySet<string> = new Set(names.definiteCapitalNouns.map(foldKey));
/** A word of Arabic letters with the clitics it may carry ("في العاصمة", "بالعاصمة"). */
const WORD_BEFORE = /([\u0621-\u064a]+)\s+$/u;
const CLITIC = /^[وفبكل]/u;

/** The mention read as the city its capital noun asks for, or as it was. */
export function cityAfterCapitalNoun(
  text: string,
  mention: GazetteerMention,
  demonyms: readonly GazetteerMention[],
): GazetteerMention {
  const city = mention.alternatives.find(
    (entry) => entry.type === 'Location' && entry.contextOnly.length > 0,
  );
  if (!city || mention.entry.type !== 'Location') return mention;
  // "العاصمة الأردنية عمان": a country's adjective may stand between the noun and the name.
  const demonym = demonyms.find(
    (found) => found.end <= mention.start && /^\s+$/u.test(text.slice(found.end, mention.start)),
  );
  const before = text.slice(0, demonym ? demonym.start : mention.start).replace(/ال$/u, '');
  const word = WORD_BEFORE.exec(before)?.[1];
  if (!word || !isCapitalNoun(word)) return mention;
  return withEntry(mention, city);
}

function isCapitalNoun(word: string): boolean {
  const key = foldKey(word);
  return CAPITAL_NOUNS.has(key) || (CLITIC.test(key) && CAPITAL_NOUNS.has(key.slice(1)));
}

function withEntry(mention: GazetteerMention, entry: GazetteerEntry): GazetteerMention {
  return { ...mention, entry, needsContext: true, alternatives: [mention.entry] };
}
