/**
 * Lists a colon opens, one item a line, in threat reports:
 *
 *   The toolset used by APT99:
 *   Blackpine (Backdoor.Pine): a backdoor that collects files.
 *   Greyfox: a tool to steal passwords.
 *
 * The line before the colon states a relation with one end named ("used by APT99") and the
 * items fill the other end, each named at the start of its line, alone or followed by a
 * parenthesis and a colon ("term: definition"). A line without such a name may continue an
 * item's description; two in a row (three after items written "term: definition", whose
 * bulleted points, when the items have no bullet, are theirs), or a new line ending in a
 * colon, close the list. An item may be an indicator as written ("office-login[.]com"), and a
 * pipe table right under the lead lists its items in the cells that hold nothing but an
 * indicator ("The infrastructure used by APT99:" over a table of domains and addresses).
 *
 * A name the rest of the text does not know is still a name here: the lead says what it is
 * (the tools "used by" an actor are software), by the relation's end types in ITEM_TYPES.
 *
 * Indicators, one a line, may also stand under a sentence that ends in a full stop ("Analysts
 * found other domains attributed to APT99.") or under a heading ("APT99 infrastructure"): only
 * indicators are items there, and the first must come on the line right after the lead. A lead
 * without a trigger speaks of them through a noun for an actor's indicators, the packs'
 * `enumerations.indicatorLeads`, or through a verb by which an actor takes them up ("The actor set
 * up the following accounts:"), the packs' `enumerations.infrastructureVerbs`. Indicators may
 * also follow the lead's colon in its own sentence, joined by commas or a list's coordinator
 * ("... these servers: 198.51.100[.]23 and cdn-files[.]net."), and an indicator on its line may
 * carry a note in brackets or after a dash ("billing-portal[.]net (sender)", "... – lure page").
 *
 * A list ends where another begins: a line that would lead a list of its own, after a blank line
 * or marked as a heading ("**Indicators of compromise**" over more indicators), closes the one
 * above, so that indicators under a heading that names no actor are never taken for the
 * previous list's.
 *
 * A table flattened to one cell a line may stand between the lead and its items: a header of
 * short lines, the first naming indicators ("Indicator", "Type", "Description"), then the rows'
 * cells; only indicators are items there, and a row's other cells are no strays.
 */
import type { EntityType, RelationType } from '../../graph-schema/schema.ts';
import { isTableRow } from '../tables.ts';
import type { Span } from '../types.ts';
import { PACKS } from '../extract/lang/index.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { ARABIC_NOUN_PREFIX, ARABIC_VERB_PREFIX, escapeRegExp } from './text.ts';
import { findTriggers, type TriggerMatch } from './triggers.ts';
import type { Candidate } from './types.ts';
import { BULLET, MAX_INDICATOR_LINE, WRITTEN_INDICATOR } from '../indicators/written.ts';
import { matchesOf } from '../regex-matches.ts';

/** What an item the text does not name elsewhere is, by the relation the lead states and the end it fills. */
const ITEM_TYPES: Partial<Record<RelationType, { source?: EntityType; target?: EntityType }>> = {
  USES: { target: 'Malware' },
};

/** Reference marks in a lead ("([8])", "[2]"), which name nothing. */
const REFERENCE_MARKS = /\(?\[\d+\]\)?/gu;
/** A line that ends in a colon: the list's lead up to it. */
const COLON_LEAD = /\S[\t ]*:[\t ]*$/u;
/** Four words or more before the colon: a clause announcing a list; fewer, a heading ("TA999 C2 servers:"). */
const CLAUSE = /(?:\S+\s+){3}\S/u;
/** A line that ends as a sentence does; else a line before indicators is a heading. */
const SENTENCE_END = /[.!?؟][\t ]*$/u;
/** Where the last sentence of a line starts: after the last full stop followed by a space. */
const LAST_SENTENCE = /(?:^|[.!?؟]["'”’)]?\s+)(?=[^.!?؟]*[.!?؟][\t ]*$)/gu;
/** Nouns for an actor's indicators, from every language pack. */
const INDICATOR_LEADS = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.enumerations.indicatorLeads).map((phrase) => ({
    phrase,
    value: phrase,
    arabicPrefix: ARABIC_NOUN_PREFIX,
  })),
);
/** Verbs by which an actor takes up infrastructure ("registered", "set up", "hosted"), from every language pack. */
const INFRASTRUCTURE_VERBS = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.enumerations.infrastructureVerbs).map((phrase) => ({
    phrase,
    value: phrase,
    arabicPrefix: ARABIC_VERB_PREFIX,
  })),
);
/** Up to three words, each starting with a capital or a digit ("Quasar RAT", "CVE-2017-0199"). */
const NAME = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}.\-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}.\-]*){0,2}`;
/**
 * Or an indicator as written; then a parenthesis and a colon, or nothing but a reference mark
 * ("[2]") to the line's end, or, after an indicator, a bar and its kind ("198.51.100[.]23 | IP").
 */
const ITEM = new RegExp(
  String.raw`^[\t ]*${BULLET}[\t \u00a0]*(${NAME}|${WRITTEN_INDICATOR})(?=[\t ]*(?:\([^()\n]*\)[\t ]*)?:|[\t ]*(?:\[\d+\])?[\t ]*$|[\t ]*\|[\t ]*\p{L}[\p{L} ]*$)`,
  'u',
);
const WHOLE_INDICATOR = new RegExp(String.raw`^${WRITTEN_INDICATOR}$`, 'u');
/** An indicator on its line with a note after it: in brackets, or after a dash and a space ("– lure page"). */
const NOTED_INDICATOR = new RegExp(
  String.raw`^[\t ]*${BULLET}[\t \u00a0]*(${WRITTEN_INDICATOR})(?=[\t ]+(?:\([^()\n]*\)|[-–—][\t ]+\S[^\n]*)[\t ]*$)`,
  'u',
);
/** A list's coordinators from every pack ("and", "et", "as well as"), as a pattern. */
const COORDINATOR = PACKS.flatMap((pack) => pack.connectives.listCoordinators)
  .map((phrase) => phrase.split(' ').map(escapeRegExp).join('[\\t ]+'))
  .join('|');
/**
 * What joins two indicators of a list in a sentence: a comma or a semicolon and a space, a
 * coordinator, or both. The space is required: an indicator may hold a comma, and a run of
 * them read both ways would cost the expression as many retries as there are splits.
 */
const SEPARATOR = String.raw`(?:[\t ]*[,;][\t ]+(?:(?:${COORDINATOR})[\t ]+)?|[\t ]+(?:${COORDINATOR})[\t ]+)`;
/**
 * Indicators after a colon to the end of their sentence: "...: a[.]com, b[.]com and 198.51.100[.]2."
 * The colon must be followed by a space, so the one of "hxxps://" never leads.
 */
const INLINE_ITEMS = new RegExp(
  String.raw`:[\t ]+(${WRITTEN_INDICATOR}(?:${SEPARATOR}${WRITTEN_INDICATOR})*)[\t ]*[.;]?(?=[\t ]*$|[\t ]+[\p{Lu}\p{N}"“(\[])`,
  'gu',
);
const ANY_INDICATOR = new RegExp(WRITTEN_INDICATOR, 'gu');
/** After an item's name: "(also called X): a definition", words after the colon. */
const DEFINITION = /^[\t ]*(?:\([^()\n]*\)[\t ]*)?:[\t ]*\S/u;
/** A line that opens with a bullet. */
const BULLETED = /^[\t \u00a0]*[*•▪◦·\-–—][\t \u00a0]/u;
/** Lines without an item that close a list of items written "term: definition" (two of description pass). */
const DEFINITION_LINES = 3;
/** A heading marked as one: "# Title", "**Title**" alone on its line. */
const MARKED_HEADING = /^[\t ]*(?:#{1,6}[\t ]|\*\*[^*\n]+\*\*[\t ]*$)/u;
/** A line of bullets or nothing: neither an item nor the end of the list. */
const BLANK = /^[^\p{L}\p{N}]*$/u;
/** A column name of a table flattened to one cell a line: a few words, no sentence, no indicator. */
const HEADER_CELL = /^[\t ]*\p{L}[\p{L}\p{N}&/()' -]{0,40}$/u;
/** How many columns a flattened table may have. */
const MAX_COLUMNS = 8;

export interface ColonList {
  /** The lead: a line up to its colon, the last sentence of a line, or a heading. */
  lead: Span;
  /** A heading: no sentence, so no claim of its own (the items' lines frame what it announces). */
  heading: boolean;
  triggers: TriggerMatch[];
  /**
   * Whether the lead speaks of an actor's indicators: a noun for them ("infrastructure") or a
   * verb by which an actor takes them up ("set up", "hosted").
   */
  indicatorLead: boolean;
  /** Each item's name. */
  items: Span[];
}

/** The lists of the last text read: a document's finders and producers ask for them several times. */
let lastRead: { text: string; lists: readonly ColonList[] } | undefined;

export function findColonLists(text: string): readonly ColonList[] {
  if (lastRead?.text !== text) lastRead = { text, lists: readColonLists(text) };
  return lastRead.lists;
}

function readColonLists(text: string): ColonList[] {
  const lists: ColonList[] = [];
  let lineStart = 0;
  for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', lineStart)) {
    const line = text.slice(lineStart, newline).replace(/\r$/u, '');
    if (COLON_LEAD.test(line)) {
      const colon = line.lastIndexOf(':');
      const lead = { start: lineStart + sentenceStart(line.slice(0, colon)), end: lineStart + colon };
      const list = colonList(text, lead, newline);
      if (list) lists.push(list);
    } else {
      const inline = inlineLists(text, line, lineStart);
      lists.push(...inline);
      const list = inline.length > 0 ? undefined : indicatorList(text, line, lineStart, newline);
      if (list) lists.push(list);
    }
    lineStart = newline + 1;
  }
  // The last line, with no line after it, can hold only a list of its own sentence.
  lists.push(...inlineLists(text, text.slice(lineStart), lineStart));
  return lists;
}

/** Where the last sentence of `before`, a line up to a lead's colon, starts: the lead is that sentence. */
function sentenceStart(before: string): number {
  const end = matchesOf(/[.!?؟]["'”’)]?\s+(?=\S)/gu, before).at(-1);
  return end ? end.index + end[0].length : 0;
}

/** "The actor set up these accounts: a[@]b.com and c[@]d.com.": indicators after a colon in the lead's own sentence. */
function inlineLists(text: string, line: string, lineStart: number): ColonList[] {
  if (line.length > MAX_INDICATOR_LINE || !/:[\t ]/u.test(line)) return [];
  const lists: ColonList[] = [];
  for (const match of matchesOf(INLINE_ITEMS, line)) {
    const colon = match.index;
    const lead = { start: lineStart + sentenceStart(line.slice(0, colon)), end: lineStart + colon };
    const triggers = longest(findTriggers(text, lead.start, lead.end));
    const indicatorLead = speaksOfIndicators(text, lead);
    if (triggers.length === 0 && !indicatorLead) continue;
    const listed = match[1] ?? '';
    const listedAt = lineStart + colon + match[0].indexOf(listed);
    const items = [...matchesOf(ANY_INDICATOR, listed)].map((item) => ({
      start: listedAt + item.index,
      end: listedAt + item.index + item[0].length,
    }));
    lists.push({ lead, heading: false, triggers, indicatorLead, items });
  }
  return lists;
}

/** "The toolset used by APT99:" and the items after it. */
function colonList(text: string, lead: Span, newline: number): ColonList | undefined {
  const triggers = longest(findTriggers(text, lead.start, lead.end));
  const indicatorLead = speaksOfIndicators(text, lead);
  if (triggers.length === 0 && !indicatorLead) return undefined;
  const header = flattenedHeader(text, newline);
  const found = listItems(text, header?.end ?? newline, header?.columns);
  // A lead that names no relation, or a flattened table, speaks of indicators only.
  const items = triggers.length > 0 && !header ? found : found.filter((item) => isIndicator(text, item));
  const heading = !CLAUSE.test(text.slice(lead.start, lead.end));
  return items.length > 0 ? { lead, heading, triggers, indicatorLead, items } : undefined;
}

/** A sentence or a heading right over a line that holds an indicator, and the indicators under it. */
function indicatorList(
  text: string,
  line: string,
  lineStart: number,
  newline: number,
): ColonList | undefined {
  if (line.trim() === '') return undefined;
  const lineAfter = (end: number) => {
    const next = text.indexOf('\n', end + 1);
    return text.slice(end + 1, next < 0 ? text.length : next);
  };
  // An indicator has a dot or an at sign: most lines are ruled out before any pattern runs; a
  // line without one may open the header of a flattened table.
  const header = /[.@]/u.test(lineAfter(newline)) ? undefined : flattenedHeader(text, newline);
  const itemsFrom = header?.end ?? newline;
  const nextLine = lineAfter(itemsFrom);
  if (nextLine.length > MAX_INDICATOR_LINE || !/[.@]/u.test(nextLine)) return undefined;
  const first = itemOf(nextLine)?.[1];
  if (first === undefined || !WHOLE_INDICATOR.test(first)) return undefined;
  const heading = !SENTENCE_END.test(line);
  const leadStart = heading ? 0 : (matchesOf(LAST_SENTENCE, line).at(-1)?.index ?? 0);
  const lead = { start: lineStart + leadStart, end: lineStart + line.trimEnd().length };
  const triggers = longest(findTriggers(text, lead.start, lead.end));
  const indicatorLead = speaksOfIndicators(text, lead);
  if (triggers.length === 0 && !indicatorLead) return undefined;
  const items = listItems(text, itemsFrom, header?.columns).filter((item) => isIndicator(text, item));
  return items.length > 0 ? { lead, heading, triggers, indicatorLead, items } : undefined;
}

function namesIndicators(text: string, lead: Span): boolean {
  return INDICATOR_LEADS.find(text, lead.start, lead.end).length > 0;
}

/** A noun for an actor's indicators in the lead, or a verb by which an actor takes them up. */
function speaksOfIndicators(text: string, lead: Span): boolean {
  return namesIndicators(text, lead) || INFRASTRUCTURE_VERBS.find(text, lead.start, lead.end).length > 0;
}

/** An item on its line: a name or an indicator as ITEM reads it, or an indicator with a note after it. */
function itemOf(line: string): RegExpExecArray | null {
  return ITEM.exec(line) ?? NOTED_INDICATOR.exec(line);
}

/**
 * The header of a table flattened to one cell a line, on the lines after the one ending at
 * `newline`: two to eight column names, the first naming indicators ("Indicator", "IOC"), and
 * an indicator on the line after them. `end` is where its last line ends.
 */
function flattenedHeader(text: string, newline: number): { columns: number; end: number } | undefined {
  let end = newline;
  let columns = 0;
  for (;;) {
    const next = text.indexOf('\n', end + 1);
    const lineEnd = next < 0 ? text.length : next;
    const line = text.slice(end + 1, lineEnd);
    if (!HEADER_CELL.test(line)) {
      return columns >= 2 && WHOLE_INDICATOR.test(line.trim()) ? { columns, end } : undefined;
    }
    if (columns >= MAX_COLUMNS || next < 0) return undefined;
    if (columns === 0 && !namesIndicators(text, { start: end + 1, end: lineEnd })) return undefined;
    columns++;
    end = lineEnd;
  }
}

function isIndicator(text: string, item: Span): boolean {
  return WHOLE_INDICATOR.test(text.slice(item.start, item.end));
}

/**
 * The items on the lines after the lead's line, which ends at `newline`, until the list closes;
 * under a flattened table of `columns` columns, a row's other cells are no strays.
 */
function listItems(text: string, newline: number, columns = 0): Span[] {
  const strayLimit = Math.max(2, columns);
  const items: Span[] = [];
  let strays = 0;
  // Items written "term: definition" may take a few lines of description each, and bullets
  // under an unbulleted item are its own points ("Photo: a backdoor with these features:").
  let definitions = false;
  let bulleted = false;
  let afterBlank = false;
  let lineStart = newline + 1;
  while (lineStart > 0 && lineStart < text.length) {
    const next = text.indexOf('\n', lineStart);
    const lineEnd = next < 0 ? text.length : next;
    const line = text.slice(lineStart, lineEnd);
    const item = line.length > MAX_INDICATOR_LINE ? null : itemOf(line);
    const blank = line.trim() === '';
    const parted = afterBlank || MARKED_HEADING.test(line);
    if (parted && !item && !blank && columns === 0 && leadsList(text, line, lineStart, lineEnd)) break;
    afterBlank = blank;
    if (isTableRow(line)) {
      // A table under the lead: its rows' indicators are the items; a header row is no stray.
      items.push(...indicatorCells(line, lineStart));
      strays = 0;
    } else if (definitions && !bulleted && BULLETED.test(line)) {
      // A point of the item above, neither an item nor a stray.
    } else if (item?.[1] && !opensList(line, item[0])) {
      const start = lineStart + line.indexOf(item[1], item[0].length - item[1].length);
      items.push({ start, end: start + item[1].length });
      if (items.length === 1) bulleted = BULLETED.test(line);
      definitions ||= DEFINITION.test(line.slice(item[0].length));
      strays = 0;
    } else if (!BLANK.test(line)) {
      if (/:[\t ]*$/u.test(line) || ++strays >= (definitions ? DEFINITION_LINES : strayLimit)) break;
    }
    lineStart = lineEnd + 1;
  }
  return items;
}

/**
 * Whether a line leads a list of its own: a heading or a sentence over an indicator, or a line
 * ending in a colon, that speaks of indicators or holds a trigger ("Indicators of compromise").
 */
function leadsList(text: string, line: string, lineStart: number, lineEnd: number): boolean {
  if (!COLON_LEAD.test(line)) {
    const next = text.indexOf('\n', lineEnd + 1);
    const first = itemOf(text.slice(lineEnd + 1, next < 0 ? text.length : next))?.[1];
    if (first === undefined || !WHOLE_INDICATOR.test(first)) return false;
  }
  const lead = { start: lineStart, end: lineEnd };
  return speaksOfIndicators(text, lead) || findTriggers(text, lead.start, lead.end).length > 0;
}

/**
 * An item line that ends in a colon is a new lead ("Greyfox modules:"), unless its name opens a
 * definition that itself announces points ("Photo: a backdoor with these features:").
 */
function opensList(line: string, item: string): boolean {
  return /:[\t ]*$/u.test(line) && !DEFINITION.test(line.slice(item.length).replace(/:[\t ]*$/u, ''));
}

/** The cells of a table row that hold nothing but an indicator, as spans in the text. */
function indicatorCells(line: string, lineStart: number): Span[] {
  const spans: Span[] = [];
  for (const cell of matchesOf(/[^|]+/gu, line)) {
    const trimmed = cell[0].trim();
    if (!WHOLE_INDICATOR.test(trimmed)) continue;
    const start = lineStart + cell.index + cell[0].indexOf(trimmed);
    spans.push({ start, end: start + trimmed.length });
  }
  return spans;
}

/** A trigger inside a longer one ("used" in "used by") is that one's word. */
function longest(triggers: readonly TriggerMatch[]): TriggerMatch[] {
  return triggers.filter(
    (trigger) =>
      trigger.spec.after === undefined &&
      !triggers.some(
        (other) =>
          other !== trigger &&
          other.start <= trigger.start &&
          trigger.end <= other.end &&
          other.end - other.start > trigger.end - trigger.start,
      ),
  );
}

/**
 * The type an item takes from its lead: which end it fills depends on where the lead names the
 * other one (after a "used by"-like trigger, the items come before it in the reading).
 */
export function itemRole(trigger: TriggerMatch, leadArgumentAfter: boolean): 'source' | 'target' {
  const itemSide = leadArgumentAfter ? 'left' : 'right';
  return trigger.spec.source === itemSide ? 'source' : 'target';
}

/** Items as candidates, typed by what the lead says of them, for names found nowhere else. */
export function colonListCandidates(text: string): Candidate[] {
  return findColonLists(text).flatMap(({ lead, triggers, items }) => {
    const trigger = triggers[0];
    if (!trigger) return [];
    // The lead's named end is looked for later; a capitalised word after the trigger is the usual place.
    const after = /\p{Lu}|\d/u.test(text.slice(trigger.end, lead.end).replace(REFERENCE_MARKS, ''));
    const role = itemRole(trigger, after);
    const type = trigger.spec.types.map((relation) => ITEM_TYPES[relation]?.[role]).find(Boolean);
    if (!type) return [];
    // An item with an exact syntax ("CVE-2017-0199") is an indicator: selection lets that win.
    return items.map((item): Candidate => {
      const surface = text.slice(item.start, item.end);
      return {
        ...item,
        surface,
        type,
        source: 'cue',
        name: surface,
        cue: { start: trigger.start, end: trigger.end },
        reason: `listed under "${text.slice(lead.start, lead.end).trim()}:"`,
      };
    });
  });
}
