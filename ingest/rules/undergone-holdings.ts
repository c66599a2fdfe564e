/**
 * "Les serveurs de l'armateur X ont été compromis", "Le site internet de la mairie de Y a été
 * rendu inaccessible": a sentence whose subject is something a body holds that an attack reaches
 * (the packs' `incidents.holdingsOfVictim`), its owner after "de", and whose verb says the
 * holding underwent an intrusion (`incidents.holdingsHit`), tells of an incident its owner
 * underwent, as "X a été victime d'une cyberattaque" does.
 */
import { connectiveWords, incidentWords } from '../extract/lang/index.ts';
import type { Sentence } from '../types.ts';
import { alternation } from './patterns.ts';
import type { EntityMention } from './types.ts';

/** The holding opening the sentence, with its article: "Les serveurs", "Le site". */
const HOLDING_OPENING = new RegExp(
  String.raw`^\s*(?:${alternation(connectiveWords('definiteArticles'))})\s*(?:${alternation(incidentWords('holdingsOfVictim'))})(?![\p{L}])`,
  'iu',
);
/**
 * Between the holding and its owner: a few words (the holding's own complement, "de messagerie",
 * "de quelque 750 000 patients"), then "de" and maybe an article and a kind noun or two ("de
 * l'armateur", "du fournisseur d'énergie"), with no punctuation.
 */
const MAX_WORDS_TO_OWNER = 10;
const OWNER_AFTER_DE =
  /(?:^|\s)(?:de|du|des|d['’])\s*(?:(?:la|le|les|l['’])\s*)?(?:[\p{Ll}\p{M}'’-]+\s+){0,3}$/u;
/** After the owner, maybe an apposition set off by commas (", à Marseille,"), then what the holding underwent. */
const HIT_AFTER = new RegExp(
  String.raw`^(?:\s*,[^,.;:]{1,60},)?\s+(?:${alternation(incidentWords('holdingsHit'))})(?![\p{L}])`,
  'iu',
);

/**
 * The owner of the holding a sentence's subject names, when the sentence says it was hit, and
 * where the words that say so end: the incident's mention runs to them, so that an apposition on
 * the owner (", basé à Rotterdam,") stays inside it and places no incident.
 */
export function ownerOfHitHolding(
  text: string,
  sentence: Sentence,
  inSentence: readonly EntityMention[],
  isVictim: (mention: EntityMention) => boolean,
): { owner: EntityMention; end: number } | undefined {
  const opening = HOLDING_OPENING.exec(text.slice(sentence.start, sentence.end));
  if (!opening) return undefined;
  const holdingEnd = sentence.start + opening[0].length;
  const owner = inSentence.find((mention) => mention.start >= holdingEnd);
  if (!owner || !isVictim(owner)) return undefined;
  const gap = text.slice(holdingEnd, owner.start);
  if (/[,;:()]/u.test(gap) || gap.trim().split(/\s+/u).length > MAX_WORDS_TO_OWNER) return undefined;
  if (!OWNER_AFTER_DE.test(gap)) return undefined;
  const hit = HIT_AFTER.exec(text.slice(owner.end, sentence.end));
  return hit ? { owner, end: owner.end + hit[0].length } : undefined;
}
