/**
 * A demonym joined to a participle of sponsorship names the state behind an actor: "a Chinese
 * state-sponsored group, APT41", "Iranian-backed actors such as APT33", and as a predicate or
 * an apposition, "The Winnti Group is an alleged Chinese state-sponsored organization",
 * "Charming Kitten, an Iranian state-backed group,". The actor is attributed to the place the
 * demonym names; the sentence's claims frame the statement ("alleged" hedges it).
 */
import { packFor } from '../extract/lang/index.ts';
import type { GazetteerMention } from '../lexicon/index.ts';
import type { Span } from '../types.ts';
import { sponsorshipEnd } from './demonyms.ts';
import { alternation } from './patterns.ts';
import type { EntityMention } from './types.ts';

const SPONSORED_TYPES = new Set(['ThreatActor', 'Organization']);
/** The compounds are English ("state-sponsored"), and so are the words around them. */
const ENGLISH = packFor('en').connectives;
/**
 * Between the compound and the actor it qualifies: words, a parenthesis, "such as"; no end of
 * clause, and a comma only right before the actor ("a Chinese state-sponsored group, APT41").
 */
const TO_ACTOR_AFTER = /^[^.;:!?"“”«»,]{0,80}(?:,\s*)?$/u;
/**
 * Between an actor and the description the demonym opens: a comma or one of the English
 * `connectives.descriptionCopulas`, an article, and at most two lower-case words ("is an
 * alleged", ", a likely"); a closing parenthesis of aliases may come first ("The Winnti Group (also known as APT41) is an ...").
 */
const TO_DEMONYM_BEFORE = new RegExp(
  String.raw`^\)?\s*(?:,|\s(?:${alternation(ENGLISH.descriptionCopulas)}))\s+` +
    String.raw`(?:${alternation([...ENGLISH.indefiniteArticles, ...ENGLISH.definiteArticles])})\s+(?:[\p{Ll}-]+\s+){0,2}$`,
  'u',
);

/** Between two actors of one list, a comma or `connectives.bareCoordinators` ("APT33 and APT34"). */
const BETWEEN_LISTED = new RegExp(
  String.raw`^\s*(?:,\s*)?(?:(?:${alternation(ENGLISH.bareCoordinators)})\s+)?$`,
  'u',
);

export interface Sponsorship {
  actor: EntityMention;
  demonym: GazetteerMention;
  /** The demonym and its compound, which state the relation. */
  at: Span;
}

/** `mentions`: the document's resolved names, sorted by start. */
export function findSponsorships(
  text: string,
  demonyms: readonly GazetteerMention[],
  mentions: readonly EntityMention[],
): Sponsorship[] {
  return demonyms.flatMap((demonym): Sponsorship[] => {
    if (demonym.entry.type !== 'Location') return [];
    const end = sponsorshipEnd(text, demonym);
    if (end === undefined) return [];
    const next = mentions.find((mention) => mention.start >= end);
    const previous = mentions.findLast((mention) => mention.end <= demonym.start);
    // The name the description is said of comes first: in "APT41, a Chinese state-sponsored
    // group, targeted Sony" the name after the compound is the group's victim.
    const actor =
      previous &&
      SPONSORED_TYPES.has(previous.entity.type) &&
      TO_DEMONYM_BEFORE.test(text.slice(previous.end, demonym.start))
        ? previous
        : next && next.entity.type === 'ThreatActor' && TO_ACTOR_AFTER.test(text.slice(end, next.start))
          ? next
          : undefined;
    if (!actor) return [];
    const at = { start: demonym.start, end };
    const found: Sponsorship[] = [{ actor, demonym, at }];
    // "Iranian-backed actors such as APT33 and APT34": every actor of the list.
    if (actor === next) {
      let last = actor;
      for (const listed of mentions.slice(mentions.indexOf(actor) + 1)) {
        if (listed.entity.type !== 'ThreatActor' || !BETWEEN_LISTED.test(text.slice(last.end, listed.start)))
          break;
        found.push({ actor: listed, demonym, at });
        last = listed;
      }
    }
    return found;
  });
}
