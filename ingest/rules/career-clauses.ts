/**
 * A career told in a relative clause of place after an organisation: "the KGB, in which Ivan
 * Petrov reached the rank of major", "le GRU, où Lena Kral a servi". The relative words (the
 * packs' `roles.placeRelatives`) follow the organisation and its comma, the clause opens on the
 * person's name, and words of a career (`roles.careersInBody`) follow within the clause: the
 * person works for the organisation. A clause about anything else ("the KGB, where Ivan Petrov
 * was questioned") says nothing of employment.
 */
import { careersInBody, placeRelatives } from '../extract/lang/index.ts';
import type { Span } from '../types.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { phrasesSource } from './text.ts';
import type { EntityMention } from './types.ts';

/** The comma after the organisation, then the relative words: nothing else between it and the person. */
const RELATIVE_GAP = new RegExp(String.raw`^\s*,\s*(?:${phrasesSource(placeRelatives())})\s+$`, 'iu');
const CAREER = new PhraseMatcher(careersInBody().map((phrase) => ({ phrase, value: true })));
/** The clause ends at the next punctuation. */
const CLAUSE_END = /[,;:.!?()]/u;
/** How far after the person's name the career words may start, in characters (a few words: "in fact managed to acquire"). */
const CAREER_REACH = 60;

export interface CareerClause {
  person: EntityMention;
  organisation: EntityMention;
  /** The career words. */
  at: Span;
}

/** Careers told after an organisation; `mentions` are one sentence's, sorted by start. */
export function findCareerClauses(text: string, mentions: readonly EntityMention[]): CareerClause[] {
  const found: CareerClause[] = [];
  mentions.forEach((organisation, index) => {
    if (organisation.entity.type !== 'Organization' || organisation.anaphoric) return;
    const person = mentions[index + 1];
    if (person?.entity.type !== 'Person' || person.anaphoric) return;
    if (!RELATIVE_GAP.test(text.slice(organisation.end, person.start))) return;
    const rest = text.slice(person.end, person.end + CAREER_REACH);
    const clauseEnd = person.end + (CLAUSE_END.exec(rest)?.index ?? rest.length);
    const [career] = CAREER.find(text, person.end, clauseEnd);
    if (!career) return;
    found.push({ person, organisation, at: { start: career.start, end: career.end } });
  });
  return found;
}
