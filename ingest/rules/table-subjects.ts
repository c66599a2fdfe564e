/**
 * Tables whose rows are facts about the name in one column (../tables.ts finds them, whole or
 * cut across lines):
 *
 *   **Campaigns presumably attributed to Iran**
 *   | **Campaign** | **Period** | **Goals**                                   |
 *   | Silent Harbor | 2020      | This campaign targeted ministries in Denmark. |
 *
 * Each row is read as sentences about its subject, the name in the column the header names as
 * such (the packs' `tables.subjectColumns`), else the first column:
 *
 * - a name no finder knows there is still a name, of the kind the title or caption gives the
 *   rows ("attacks", "groups", "structures": `tables.rowKinds`), else the header's; not when
 *   the row's other cells repeat one of its words ("HBO" over "stole data from HBO": the row
 *   is named after what its description speaks of), and then the incident its description
 *   names is the row's subject;
 * - the description's references ("This campaign", "the group") and a noun phrase opening it
 *   without a verb ("Espionage operation that targeted ...") stand for the subject;
 * - a column whose header names a relation (`tables.relationColumns`: "Target", "Attribution",
 *   "Tools") relates the subject to the names in its cell, and a title or caption word that
 *   relates the rows to the name right after it (`tables.captionRelations`: "attributed to X")
 *   relates every subject to X, framed by the caption's claim ("presumably" makes it suspected);
 *   the row is the evidence;
 * - in a table of bodies, the items of a description listed after a dash as "Name: what it
 *   does" are units of the row's body (PART_OF).
 */
import { allowsEndpoints, type EntityType, type RelationType } from '../../graph-schema/schema.ts';
import { connectiveWords, incidentWords, PACKS, triggerWords } from '../extract/lang/index.ts';
import { findPipeTables, type PipeTable, type TableCell } from '../tables.ts';
import type { Span } from '../types.ts';
import { alternation } from './patterns.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { wordsBetween } from './text.ts';
import type { Candidate, EntityMention, ResolvedEntity } from './types.ts';
import { matchesOf } from '../regex-matches.ts';

/** What a row's subject may be in a table of acts or actors. */
const AGENT_TYPES: ReadonlySet<EntityType> = new Set(['ThreatActor', 'Event', 'Malware']);
/** A name cell longer than this, in words, is a description, not a name. */
const MAX_NAME_WORDS = 6;
/** A unit's name before its colon, in words: two at least (a lone word there is a label, "MD5:"). */
const UNIT_NAME_WORDS = { min: 2, max: 8 };
/** How many lines over a table its title and caption take. */
const CAPTION_LINES = 2;
/** Words between a caption's relation words and the name they relate the rows to ("to the X"). */
const CAPTION_GAP_WORDS = 1;
/** Words a description's opening noun phrase may have before its head ("Cyber espionage operation"). */
const OPENING_MODIFIERS = 3;

const SUBJECT_COLUMNS = headerWords(PACKS.flatMap((pack) => pack.tables.subjectColumns));
const RELATION_COLUMNS = headerWords(PACKS.flatMap((pack) => pack.tables.relationColumns));
const ROW_KINDS = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.tables.rowKinds).map(({ phrase, type }) => ({ phrase, value: type })),
);
const CAPTION_RELATIONS = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.tables.captionRelations).map(({ phrase, relation }) => ({
    phrase,
    value: relation,
  })),
);
/** "was the victim of", "was compromised": a passive without its agent after a victim's name. */
const VICTIM_PASSIVES = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.tables.victimPassives).map((phrase) => ({ phrase, value: true })),
);
/** What a row's subject may be the attacker of. */
const VICTIM_TYPES: ReadonlySet<EntityType> = new Set(['Organization', 'Location', 'Person']);
/** The agent a passive names after it ("by X", "par X"), who is then the attacker, not the row's subject. */
const AGENT = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(connectiveWords('agentPrepositions'))})\s`,
  'iu',
);

/**
 * Head nouns of the packs' references to actors, malware, incidents and campaigns: what opens a
 * description of one ("This campaign targeted ...": the row's campaign even where no campaign
 * was named before the table for the anaphora stage to find).
 */
const REFERENCE_HEADS: ReadonlySet<string> = new Set(
  PACKS.flatMap((pack) => [
    ...pack.references.actors,
    ...pack.references.malware,
    ...pack.references.incidents,
    ...pack.references.campaigns,
  ])
    .map((phrase) => fold(phrase.split(/\s+/u).at(-1) ?? '').replace(/^\p{L}['’]/u, ''))
    .filter((word) => word.length > 2),
);
/** A line holding nothing but a dash: the bullet of the item on the next line. */
const DASH_LINE = /^[\t ]*[-–—•][\t ]*$/u;
/** "Coastal Listening Section: it records ...": a unit's name and what it does. */
const UNIT_ITEM = /^[\t ]*(?:[-–—•][\t ]+)?(\p{Lu}[^:.!?\n]*?)[\t ]*:[\t ]*\S/u;

/** Header words, folded, with what each says. */
function headerWords<T extends { phrase: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [fold(entry.phrase), entry]));
}

function fold(words: string): string {
  return words
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/[\s:]+$/u, '')
    .trim();
}

/** A table read for its rows' subjects. */
interface SubjectTable {
  table: PipeTable;
  subjectColumn: number;
  /** What a name of the subject column is when no finder knows it. */
  kind: EntityType | undefined;
  /** The header's label of the subject column, for the reasons given. */
  label: string;
  relationColumns: ReadonlyArray<{ index: number; relation: RelationType }>;
  /** The title and caption lines over the table, nearest first. */
  caption: readonly Span[];
}

/** Every table whose rows have a subject column, with what its header and caption say. */
function subjectTables(text: string): SubjectTable[] {
  return findPipeTables(text).map((table) => {
    const labels = (table.header ?? []).map((cell) => fold(cell.text));
    const found = labels.findIndex((label) => SUBJECT_COLUMNS.has(label));
    const subjectColumn = Math.max(found, 0);
    const caption = captionLines(text, table);
    const kind = captionKind(text, caption) ?? SUBJECT_COLUMNS.get(labels[subjectColumn] ?? '')?.type;
    const relationColumns = labels.flatMap((label, index) => {
      const relation = index === subjectColumn ? undefined : RELATION_COLUMNS.get(label)?.relation;
      return relation ? [{ index, relation }] : [];
    });
    return { table, subjectColumn, kind, label: labels[subjectColumn] ?? '', relationColumns, caption };
  });
}

/** Up to two lines right over the table, nearest first, none across a blank line. */
function captionLines(text: string, table: PipeTable): Span[] {
  const lines: Span[] = [];
  let end = text.lastIndexOf('\n', table.start - 1);
  while (end > 0 && lines.length < CAPTION_LINES) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (text.slice(start, end).trim() === '' || text.slice(start, end).trimEnd().endsWith('|')) break;
    lines.push({ start, end });
    end = start - 1;
  }
  return lines;
}

/** The first kind noun of the caption line nearest the table that has one. */
function captionKind(text: string, caption: readonly Span[]): EntityType | undefined {
  for (const line of caption) {
    const [first] = ROW_KINDS.find(text, line.start, line.end).sort((a, b) => a.start - b.start);
    if (first) return first.value;
  }
  return undefined;
}

/** The name a subject cell holds: its text without emphasis marks and a closing parenthesis. */
function nameSpan(text: string, cell: TableCell): Span | undefined {
  let start = cell.start;
  let end = cell.end;
  while (text.startsWith('**', start) && start < end) start += 2;
  while (text.startsWith('**', end - 2) && end - 2 >= start) end -= 2;
  const written = text.slice(start, end);
  const name = /^[^(（[]*[^\s(（[]/u.exec(written)?.[0];
  return name ? { start, end: start + name.length } : undefined;
}

/** The row's other cells that say something: three words or more. */
function descriptions(row: readonly TableCell[], subjectColumn: number): TableCell[] {
  return row.filter((cell, index) => index !== subjectColumn && cell.text.split(' ').length >= 3);
}

/** Whether a word of the name comes back in the row's other cells ("Bowman" over "Bowman's company"). */
function namedInDescription(name: string, row: readonly TableCell[], subjectColumn: number): boolean {
  const others = row
    .filter((_, index) => index !== subjectColumn)
    .map((cell) => cell.text.toLowerCase())
    .join(' ');
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3)
    .some((word) => new RegExp(String.raw`(?<![\p{L}\p{N}])${word}`, 'u').test(others));
}

/**
 * The names of subject columns no finder may know, typed by the table's kind (or, holding one
 * gazetteer name, by its type: "APT Northwind" is that actor), and in a table of bodies the
 * units its descriptions list.
 */
export function tableSubjectCandidates(
  text: string,
  known: ReadonlyArray<Span & { type: EntityType }>,
): Candidate[] {
  return subjectTables(text).flatMap(({ table, subjectColumn, kind, label, caption }) => {
    if (!kind) return [];
    const reason = `table row name under "${label || text.slice(caption[0]?.start ?? 0, caption[0]?.end ?? 0)}"`;
    return table.rows.flatMap((row): Candidate[] => {
      const cell = row[subjectColumn];
      const span = cell && nameSpan(text, cell);
      const units = kind === 'Organization' ? unitCandidates(text, row, subjectColumn) : [];
      if (!span) return units;
      const surface = text.slice(span.start, span.end);
      const words = surface.split(/\s+/u);
      if (!/^[\p{Lu}\p{N}]/u.test(surface) || !/\p{L}/u.test(surface) || /[.!?]$/u.test(surface))
        return units;
      if (words.length > MAX_NAME_WORDS || namedInDescription(surface, row, subjectColumn)) return units;
      const inside = known.filter((name) => name.start >= span.start && name.end <= span.end);
      const type = inside.length === 1 && inside[0] ? inside[0].type : kind;
      const name = words.join(' ');
      return [{ ...span, surface, type, source: 'cue', name, reason }, ...units];
    });
  });
}

/** "–" then "Coastal Listening Section: it records ...": the units a body's description lists, as candidates. */
function unitCandidates(text: string, row: readonly TableCell[], subjectColumn: number): Candidate[] {
  return unitNames(text, descriptions(row, subjectColumn)).map((span) => {
    const surface = text.slice(span.start, span.end);
    return {
      ...span,
      surface,
      type: 'Organization',
      source: 'cue',
      name: surface.replace(/\s+/gu, ' '),
      reason: 'unit listed in a table row of bodies',
    };
  });
}

/** The names of the items listed after a dash in the cells, each "Name: what it does". */
function unitNames(text: string, cells: readonly TableCell[]): Span[] {
  return cells.flatMap((cell) => {
    const found: Span[] = [];
    let previous = '';
    for (let lineStart = cell.start; lineStart < cell.end;) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline < 0 || newline > cell.end ? cell.end : newline;
      const line = text.slice(lineStart, lineEnd);
      const item = UNIT_ITEM.exec(line);
      const name = item?.[1];
      const bulleted = DASH_LINE.test(previous) || /^[\t ]*[-–—•][\t ]/u.test(line);
      const count = name?.split(/\s+/u).length ?? 0;
      if (item && name && bulleted && count >= UNIT_NAME_WORDS.min && count <= UNIT_NAME_WORDS.max) {
        const start = lineStart + item[0].indexOf(name);
        found.push({ start, end: start + name.length });
      }
      previous = line;
      lineStart = lineEnd + 1;
    }
    return found;
  });
}

/** A row read for its subject. */
export interface SubjectRow {
  subject: ResolvedEntity;
  /** The whole row, bars inside: the evidence of what the layout states. */
  span: Span;
  /** The cells that describe the subject. */
  descriptions: readonly TableCell[];
  /** The cells of columns that name a relation. */
  related: ReadonlyArray<{ cell: TableCell; relation: RelationType }>;
  /** The table's caption relations: the relation and its named end's mention. */
  captioned: ReadonlyArray<{ relation: RelationType; end: EntityMention }>;
  /** The caption lines, nearest first: whose claim frames what the layout states. */
  caption: readonly Span[];
  /** In a table of bodies, the names of the units its descriptions list. */
  units: readonly Span[];
}

/** Every row with a subject: the one entity named in its subject cell, or the incident its description names. */
export function findSubjectRows(text: string, named: readonly EntityMention[]): SubjectRow[] {
  return subjectTables(text).flatMap(({ table, subjectColumn, kind, relationColumns, caption }) => {
    const captioned = captionRelations(text, caption, named);
    return table.rows.flatMap((row): SubjectRow[] => {
      const cell = row[subjectColumn];
      const span = cell && nameSpan(text, cell);
      if (!cell || !span) return [];
      const described = descriptions(row, subjectColumn);
      const subject = rowSubject(span, described, named, kind);
      if (!subject) return [];
      return [
        {
          subject,
          span: { start: row[0]?.start ?? cell.start, end: row.at(-1)?.end ?? cell.end },
          descriptions: described,
          related: relationColumns.flatMap(({ index, relation }) => {
            const related = row[index];
            return related ? [{ cell: related, relation }] : [];
          }),
          captioned,
          caption,
          units: kind === 'Organization' && subject.type === 'Organization' ? unitNames(text, described) : [],
        },
      ];
    });
  });
}

function rowSubject(
  name: Span,
  described: readonly TableCell[],
  named: readonly EntityMention[],
  kind: EntityType | undefined,
): ResolvedEntity | undefined {
  const inside = new Set(
    named
      .filter((mention) => !mention.anaphoric && mention.start >= name.start && mention.end <= name.end)
      .map((mention) => mention.entity),
  );
  const [entity] = inside;
  const fits = (type: EntityType) =>
    kind === 'Organization' ? type === 'Organization' : kind === undefined || AGENT_TYPES.has(type);
  if (inside.size === 1 && entity && fits(entity.type)) return entity;
  // Named after what it hit ("HBO", "Sands Corp."): the incident its description names.
  if (kind !== 'Event') return undefined;
  const incident = named.find(
    (mention) =>
      mention.entity.type === 'Event' &&
      described.some((cell) => mention.start >= cell.start && mention.end <= cell.end),
  );
  return incident?.entity;
}

/** The relation words of the caption and the name right after each. */
function captionRelations(
  text: string,
  caption: readonly Span[],
  named: readonly EntityMention[],
): Array<{ relation: RelationType; end: EntityMention }> {
  return caption.flatMap((line) =>
    CAPTION_RELATIONS.find(text, line.start, line.end).flatMap((match) => {
      const end = named.find(
        (mention) =>
          !mention.anaphoric &&
          mention.start >= match.end &&
          mention.end <= line.end &&
          wordsBetween(text, match.end, mention.start) <= CAPTION_GAP_WORDS,
      );
      return end ? [{ relation: match.value, end }] : [];
    }),
  );
}

/**
 * The references of each row's descriptions, made to stand for the row's subject: those the
 * anaphora stage found ("This campaign" is the row's campaign, not the last actor named before
 * the table) and a noun phrase opening a description without a verb ("Threat group that ...").
 * Returns the anaphora less those it replaces, with the row's own.
 */
export function withRowReferences(
  text: string,
  rows: readonly SubjectRow[],
  named: readonly EntityMention[],
  anaphora: readonly EntityMention[],
): EntityMention[] {
  const replaced = new Set<EntityMention>();
  const added: EntityMention[] = [];
  for (const { subject, descriptions: cells } of rows) {
    if (!AGENT_TYPES.has(subject.type)) continue;
    for (const cell of cells) {
      const inCell = (mention: EntityMention) => mention.start >= cell.start && mention.end <= cell.end;
      const references = anaphora.filter(
        (mention) => inCell(mention) && AGENT_TYPES.has(mention.entity.type),
      );
      for (const reference of references) {
        replaced.add(reference);
        added.push({ ...reference, entity: subject });
      }
      const opening = openingPhrase(text, cell);
      if (
        opening &&
        ![...named, ...references].some(
          (mention) => mention.start < opening.end && opening.start < mention.end,
        )
      )
        added.push({
          ...opening,
          surface: text.slice(opening.start, opening.end),
          entity: subject,
          anaphoric: true,
        });
    }
  }
  return [...anaphora.filter((mention) => !replaced.has(mention)), ...added].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}

/** "Cyber espionage operation", "Threat group": a few words at the cell's start ending on a reference's head noun. */
function openingPhrase(text: string, cell: TableCell): Span | undefined {
  const words =
    /^(?:[\p{L}\p{N}’'-]+\s+){0,3}[\p{L}\p{N}’'-]+/u.exec(text.slice(cell.start, cell.end))?.[0] ?? '';
  const list = [...matchesOf(/[\p{L}\p{N}’'-]+/gu, words)].slice(0, OPENING_MODIFIERS + 1);
  const head = list.find((word) => isReferenceHead(word[0]));
  if (!head) return undefined;
  return { start: cell.start, end: cell.start + head.index + head[0].length };
}

function isReferenceHead(word: string): boolean {
  const last = fold(word.split('-').at(-1) ?? word);
  return REFERENCE_HEADS.has(last) || (last.endsWith('s') && REFERENCE_HEADS.has(last.slice(0, -1)));
}

/** A relation the layout of a row states, before its claim is settled. */
export interface RowRelation {
  type: RelationType;
  source: ResolvedEntity;
  target: ResolvedEntity;
  /** The row, or the line of the unit's item. */
  at: Span;
  /** The caption lines whose claim frames it, nearest first. */
  caption: readonly Span[];
  /** Stated by a unit's item, a sentence of its own, rather than by the row's layout. */
  item: boolean;
}

/** What each row's layout states: its relation columns, its caption's relations, its bodies' units. */
export function findRowRelations(
  text: string,
  rows: readonly SubjectRow[],
  named: readonly EntityMention[],
): RowRelation[] {
  return rows.flatMap((row) => {
    const found: RowRelation[] = [];
    const add = (
      type: RelationType,
      source: ResolvedEntity,
      target: ResolvedEntity,
      at: Span,
      item = false,
    ) => {
      if (source.key === target.key && source.type === target.type) return;
      if (allowsEndpoints(type, source.type, target.type))
        found.push({ type, source, target, at, caption: row.caption, item });
    };
    for (const { cell, relation } of row.related) {
      for (const mention of named) {
        if (!mention.anaphoric && mention.start >= cell.start && mention.end <= cell.end)
          add(relation, row.subject, mention.entity, row.span);
      }
    }
    if (AGENT_TYPES.has(row.subject.type)) {
      for (const { relation, end } of row.captioned) add(relation, row.subject, end.entity, row.span);
    }
    if (AGENT_TYPES.has(row.subject.type)) {
      for (const victim of [...victims(text, row, named), ...openingVictims(text, row, named)])
        add('TARGETED', row.subject, victim.entity, victim, true);
    }
    for (const unit of row.units) {
      const mention = named.find((found) => !found.anaphoric && found.start === unit.start);
      if (mention?.entity.type === 'Organization') add('PART_OF', mention.entity, row.subject, unit, true);
    }
    return found;
  });
}

/**
 * After an incident noun, the word that makes what follows its victim (the packs'
 * `incidents.againstVictim` and `victimPrepositions`): "attacks on", "attacks against"; "an
 * operation on behalf of X", a phrase of the proxy trigger, names who it was for.
 */
const VICTIM_LINKER = new RegExp(
  String.raw`^\s+(?!(?:${alternation(triggerWords('proxy').flatMap((words) => words.phrases))})(?![\p{L}]))(?:${alternation(
    [...incidentWords('againstVictim'), ...incidentWords('victimPrepositions')],
  )})\s+`,
  'u',
);
/** The incident nouns of the packs' references ("attack", "breach"), folded. */
const INCIDENT_HEADS: ReadonlySet<string> = new Set(
  PACKS.flatMap((pack) => pack.references.incidents).map((phrase) => fold(phrase.split(/\s+/u).at(-1) ?? '')),
);

/**
 * "DoS attacks on companies in the financial sector belonging to the US": a description opening
 * on an incident noun and its victim word, with no verb, says the row's subject attacked the
 * names of that clause (up to a comma or the sentence's end).
 */
function openingVictims(text: string, row: SubjectRow, named: readonly EntityMention[]): EntityMention[] {
  return row.descriptions.flatMap((cell) => {
    const opening = openingPhrase(text, cell);
    if (!opening) return [];
    const head = fold(
      text
        .slice(opening.start, opening.end)
        .split(/[\s-]+/u)
        .at(-1) ?? '',
    );
    if (!INCIDENT_HEADS.has(head) && !INCIDENT_HEADS.has(head.replace(/s$/u, ''))) return [];
    if (!VICTIM_LINKER.test(text.slice(opening.end, cell.end))) return [];
    const clauseEnd = /[,;:.!?]/u.exec(text.slice(opening.end, cell.end))?.index ?? cell.end - opening.end;
    return named.filter(
      (mention) =>
        !mention.anaphoric &&
        mention.start >= opening.end &&
        mention.end <= opening.end + clauseEnd &&
        VICTIM_TYPES.has(mention.entity.type),
    );
  });
}

/** "Example Bank was the victim of a wiper attack": the names a description makes victims, with no agent named. */
function victims(text: string, row: SubjectRow, named: readonly EntityMention[]): EntityMention[] {
  return row.descriptions.flatMap((cell) =>
    VICTIM_PASSIVES.find(text, cell.start, cell.end).flatMap((passive) => {
      if (AGENT.test(text.slice(passive.end, cell.end))) return [];
      const victim = named.findLast((mention) => !mention.anaphoric && mention.end <= passive.start);
      const adjacent =
        victim && victim.start >= cell.start && wordsBetween(text, victim.end, passive.start) === 0;
      return victim && adjacent && VICTIM_TYPES.has(victim.entity.type) ? [victim] : [];
    }),
  );
}
