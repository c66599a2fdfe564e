/**
 * Relations a report states by the layout of a pipe table (../tables.ts), one row a fact:
 *
 *   The domains and IPs that hosted the campaign, with the organisation each imitated:
 *   | IP               | Domain             | Impersonated entity |
 *   | 198.51.100[.]23  | fake-agency[.]org  | Example Agency      |
 *
 * A row relates its cells only where the table says how: a column whose header presents its
 * cells as imitated ("Impersonated entity", "Spoofed brand", "Entité usurpée") makes the row's
 * host IMPERSONATES the cell's organisation; a host and an address in one row resolve one to
 * the other only when the header or the line that leads into the table speaks of resolution or
 * hosting. A table whose header names no relation gives nothing, however its cells line up.
 *
 * The cell of an imitated column is the organisation's name as a whole (up to a parenthesis:
 * "Example Agency (“EA”)"), which the capitalised-name finder alone would cut short.
 */
import { allowsEndpoints, type EntityType, type RelationType } from '../../graph-schema/schema.ts';
import { findPipeTables, type PipeTable, type TableCell } from '../tables.ts';
import type { Span } from '../types.ts';
import { presentsImitation } from './impersonation.ts';
import type { Candidate, EntityMention } from './types.ts';

/** Words of a header or lead that say a row's host and address resolve one to the other. */
const RESOLUTION_WORDS = new RegExp(
  String.raw`(?<![\p{L}])(?:${[
    'resol(?:ves?|ved|ving|utions?)',
    'hosted',
    'hosting',
    'hosts',
    'points? to',
    'pointed to',
    'passive DNS',
    'A records?',
    'h[ée]berg(?:é|és|ée|ées|ement|eant)',
    'r[ée]solu(?:tion)?s?',
    'ي?ستضيف',
    'استضافة',
  ].join('|')})(?![\p{L}])`,
  'iu',
);
/** Entity types a host cell may hold, and the address a host resolves to. */
const HOSTS = new Set<EntityType>(['Domain', 'Url']);
const ADDRESSES = new Set<EntityType>(['IpAddress']);
/** What an imitated column's cell names. */
const IMITATED_TYPE: EntityType = 'Organization';
/** A cell longer than this is prose, not a name. */
const MAX_NAME_WORDS = 12;

export interface TableRelation {
  type: RelationType;
  source: EntityMention;
  target: EntityMention;
  /** The row that states it. */
  at: Span;
}

/** The header and lead of `table` speak of resolution or hosting. */
function statesResolution(text: string, table: PipeTable): boolean {
  const leadStart = text.lastIndexOf('\n', table.start - 2) + 1;
  const lead = table.start > 0 ? text.slice(leadStart, table.start) : '';
  const header = (table.header ?? []).map((cell) => cell.text).join(' | ');
  return RESOLUTION_WORDS.test(`${lead} ${header}`);
}

/** The indexes of the columns whose header presents their cells as imitated. */
function imitatedColumns(table: PipeTable): number[] {
  return (table.header ?? []).flatMap((cell, index) => (presentsImitation(cell.text) ? [index] : []));
}

/** The name a cell of an imitated column holds: its text up to a parenthesis, if it reads as a name. */
function cellName(text: string, cell: TableCell): Span | undefined {
  const written = text.slice(cell.start, cell.end);
  const name = /^[^(（[]*[^\s(（[]/u.exec(written)?.[0];
  if (!name || !/^\p{Lu}/u.test(name) || /[.!?]$/u.test(name)) return undefined;
  if (name.split(/\s+/u).length > MAX_NAME_WORDS) return undefined;
  return { start: cell.start, end: cell.start + name.length };
}

/** The organisations named whole in the cells of imitated columns, as candidates. */
export function tableCellCandidates(text: string): Candidate[] {
  return findPipeTables(text).flatMap((table) => {
    const columns = imitatedColumns(table);
    const label = (index: number) => table.header?.[index]?.text ?? '';
    return table.rows.flatMap((row) =>
      columns.flatMap((index): Candidate[] => {
        const cell = row[index];
        const span = cell && cellName(text, cell);
        if (!span) return [];
        const surface = text.slice(span.start, span.end);
        return [
          {
            ...span,
            surface,
            type: IMITATED_TYPE,
            source: 'cue',
            name: surface,
            reason: `table cell under "${label(index)}"`,
          },
        ];
      }),
    );
  });
}

/** The relations each row of each table states, between the mentions found in its cells. */
export function findTableRelations(text: string, named: readonly EntityMention[]): TableRelation[] {
  return findPipeTables(text).flatMap((table) => {
    const resolution = statesResolution(text, table);
    const imitated = imitatedColumns(table);
    if (!resolution && imitated.length === 0) return [];
    return table.rows.flatMap((row) => {
      const at = { start: row[0]?.start ?? table.start, end: row.at(-1)?.end ?? table.end };
      const inCell = (cell: TableCell | undefined) =>
        cell ? named.filter((mention) => mention.start >= cell.start && mention.end <= cell.end) : [];
      const cells = row.map(inCell);
      const hosts = cells.flat().filter((mention) => HOSTS.has(mention.entity.type));
      const found: TableRelation[] = [];
      const add = (type: RelationType, source: EntityMention, target: EntityMention) => {
        if (source.entity.key === target.entity.key) return;
        if (allowsEndpoints(type, source.entity.type, target.entity.type)) {
          found.push({ type, source, target, at });
        }
      };
      if (resolution) {
        const addresses = cells.flat().filter((mention) => ADDRESSES.has(mention.entity.type));
        for (const host of hosts) for (const address of addresses) add('RESOLVES_TO', host, address);
      }
      for (const index of imitated) {
        for (const host of hosts) for (const target of cells[index] ?? []) add('IMPERSONATES', host, target);
      }
      return found;
    });
  });
}
