/**
 * The first stage of the rules: candidate mentions from a registry of finders, each one entry.
 * A finder reads the document scan, which holds what more than one stage reads (gazetteer
 * matches, capitalised names, acronyms, units), found once; later stages read the same scan
 * (acronym links, unit identities and parents, demonym placements). Candidates in headline
 * lists, names a demonym covers and words inside a file path or a file name are dropped here; which candidate wins where two overlap
 * is selection's business (./select.ts).
 */
import type { EntityType } from '../../graph-schema/schema.ts';
import type { ExtractionInput } from '../extractor.ts';
import { capitalisedFunctionWords } from '../extract/lang/index.ts';
import { findIndicators } from '../indicators/index.ts';
import { findGazetteerMentions, type GazetteerMention } from '../lexicon/index.ts';
import { boldHeaderCells } from '../tables.ts';
import type { Span } from '../types.ts';
import { findApposedPlaces } from './apposed-places.ts';
import { cityAfterCapitalNoun } from './capital-cities.ts';
import { acronymsOfTerms, findAcronymLinks, writtenInPlural, type AcronymLink } from './acronyms.ts';
import { colonListCandidates } from './colon-lists.ts';
import { withoutDemonymOpenings } from './demonym-openings.ts';
import { findEmbassies } from './embassies.ts';
import { findWrittenPaths, insideWrittenPath } from './written-paths.ts';
import { findLinkTitles } from './markdown-links.ts';
import { findStateBodies } from './names-states.ts';
import { findHeadlineRegions, type HeadlineRegions } from './headlines.ts';
import { findIntroducedNames, mentionsOfIntroducedNames } from './introduced-names.ts';
import { siteOwner } from './known-names.ts';
import { findArabicNames } from './names-arabic.ts';
import { findLatinNames, type LatinNames } from './names-latin.ts';
import { findUnitOwners, findUnits } from './names-units.ts';
import { findSiteNames } from './site-names.ts';
import { tableCellCandidates } from './table-rows.ts';
import { ORGANIZATION_HEADS } from './cues.ts';
import { tableSubjectCandidates } from './table-subjects.ts';
import { overlaps } from './text.ts';
import type { Candidate } from './types.ts';

/** A document and the analyses that more than one stage reads. */
export interface DocumentScan extends ExtractionInput {
  headlines: HeadlineRegions;
  /** Whether a span lies outside every headline list. */
  outsideLists: (span: Span) => boolean;
  /** Gazetteer matches outside headline lists, demonyms included. */
  gazetteer: readonly GazetteerMention[];
  /** "German", "North Korean": adjectives of origin, which place what they qualify. */
  demonyms: readonly GazetteerMention[];
  latin: LatinNames;
  acronyms: readonly AcronymLink[];
  units: readonly Candidate[];
  /** File paths, file names and web addresses, whose words name no entity (./written-paths.ts). */
  writtenPaths: readonly Span[];
  /** Titles of Markdown links, tooltips rather than words of the text (./markdown-links.ts). */
  linkTitles: readonly Span[];
  /** Header cells of tables, set in bold: labels of columns (../tables.ts). */
  headerCells: readonly Span[];
}

export function scanDocument(input: ExtractionInput): DocumentScan {
  const { text, sentences } = input;
  const headlines = findHeadlineRegions(text);
  const outsideLists = (span: Span) => !headlines.lists.some((list) => overlaps(list, span));
  const gazetteer = findGazetteerMentions(text, input.lang, input.knownNames).filter(outsideLists);
  return {
    ...input,
    headlines,
    outsideLists,
    gazetteer,
    demonyms: gazetteer.filter((mention) => mention.via === 'demonym'),
    latin: findLatinNames(
      text,
      sentences,
      gazetteer.filter((mention) => !mention.needsContext && ACTORS_AND_PROGRAMS.has(mention.entry.type)),
    ),
    acronyms: findAcronymLinks(text),
    units: findUnits(text),
    writtenPaths: findWrittenPaths(text),
    linkTitles: findLinkTitles(text),
    headerCells: boldHeaderCells(text),
  };
}

export interface CandidateFinder {
  name: string;
  find: (scan: DocumentScan) => readonly Candidate[];
}

/** Every finder, in the order its candidates are handed to selection. */
export const CANDIDATE_FINDERS: readonly CandidateFinder[] = [
  {
    name: 'gazetteer',
    find: (scan) => {
      const lowerCaseWords = lazyLowerCaseWords(scan.text);
      return withoutSpelledTerms(scan.text, scan.gazetteer)
        .filter((mention) => !isCommonWordInCapitals(scan.text, mention, lowerCaseWords))
        .filter((mention) => !actorNameDescribedAsBody(scan.text, mention))
        .map((mention) => cityAfterCapitalNoun(scan.text, mention, scan.demonyms))
        .map(fromGazetteer);
    },
  },
  { name: 'indicators', find: (scan) => indicatorCandidates(scan.text) },
  { name: 'capitalised names', find: (scan) => scan.latin.candidates },
  { name: 'names the text introduces', find: (scan) => findIntroducedNames(scan.text) },
  { name: 'Arabic names after cues', find: (scan) => findArabicNames(scan.text, scan.sentences) },
  { name: 'units', find: (scan) => scan.units },
  { name: 'owners of units', find: (scan) => findUnitOwners(scan.text) },
  { name: 'acronyms', find: (scan) => scan.acronyms.flatMap((link) => [link.longForm, link.acronym]) },
  { name: 'embassies', find: (scan) => findEmbassies(scan.text, scan.gazetteer) },
  { name: 'organs of a state', find: (scan) => findStateBodies(scan.text, scan.gazetteer) },
  { name: 'items of a colon list', find: (scan) => colonListCandidates(scan.text) },
  { name: 'imitated organisations in a table', find: (scan) => tableCellCandidates(scan.text) },
  { name: 'sources named by their site', find: (scan) => findSiteNames(scan.text) },
  { name: 'places of a company described', find: (scan) => findApposedPlaces(scan.text) },
  {
    name: 'names of table rows',
    find: (scan) =>
      tableSubjectCandidates(
        scan.text,
        scan.gazetteer
          .filter((mention) => mention.via !== 'demonym')
          .map((mention) => ({ start: mention.start, end: mention.end, type: mention.entry.type })),
      ),
  },
];

/**
 * Every finder's candidates outside headline lists, less the names a demonym covers and the
 * words of file paths and file names, and the titles of links.
 */
export function findCandidates(scan: DocumentScan): Candidate[] {
  const coveredByDemonym = demonymCovering(scan.demonyms);
  const kept = (candidates: readonly Candidate[]) =>
    candidates
      .filter(scan.outsideLists)
      // "German", "North Korean": a demonym qualifies something; it is neither a place nor a name.
      .filter((candidate) => candidate.source === 'gazetteer' || !coveredByDemonym(candidate))
      // "%appdata%\Vendor\Word\Main.dotm", "Vendor.Photos.exe": folders and files, not names.
      .filter(
        (candidate) => candidate.source === 'indicator' || !insideWrittenPath(scan.writtenPaths, candidate),
      )
      // '[Follow](https://… "Follow on Quillnet")': a link's tooltip is no sentence of the text.
      .filter((candidate) => !scan.linkTitles.some((title) => overlaps(title, candidate)))
      // "| **Tactic** | **Recommended Course of Action** |": the label of a column names nothing.
      .filter(
        (candidate) =>
          candidate.source === 'indicator' || !scan.headerCells.some((cell) => overlaps(cell, candidate)),
      );
  const found = withoutDemonymOpenings(
    scan.text,
    kept(CANDIDATE_FINDERS.flatMap((finder) => finder.find(scan))),
    scan.demonyms,
  );
  // A name the text gives what it reports is that thing wherever the text writes it.
  return [...found, ...kept(mentionsOfIntroducedNames(scan.text, found))];
}

/** The types of the names a capitalised name after them cannot run on into with "of" ("APT28 of the ..."). */
const ACTORS_AND_PROGRAMS: ReadonlySet<EntityType> = new Set(['ThreatActor', 'Malware']);
const ALL_CAPS = /^[\p{Lu}\p{N}&-]{2,}$/u;

/**
 * ", an Iranian government contractor", ", a company": an apposition naming a kind of firm or
 * institution, which no threat actor is. "an organization" or "a group" may describe an actor.
 */
const ORGANISATION_APPOSITION =
  /^\s*,\s*(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:contractor|company|firm|subsidiary|start-?up|university|bank|institute|vendor|provider|supplier)(?![\p{L}])/u;
const LAST_WORD = /[\p{L}\p{N}]+$/u;

/**
 * "the Mabna Institute, an Iranian government contractor": a name the gazetteer files as a
 * threat actor's other name, closed by a body's head word and described right after as a kind of
 * organisation, is that organisation here (the body behind the actor, not the actor).
 */
function actorNameDescribedAsBody(text: string, mention: GazetteerMention): boolean {
  if (mention.entry.type !== 'ThreatActor') return false;
  const head = LAST_WORD.exec(mention.surface)?.[0];
  return (
    head !== undefined &&
    ORGANIZATION_HEADS.has(head) &&
    ORGANISATION_APPOSITION.test(text.slice(mention.end, mention.end + 100))
  );
}

/**
 * Gazetteer matches less demonyms and less the organisations' acronyms the text spells out as
 * a term or puts in the plural: a report that writes "indicators of compromise (IOC)" or "the
 * URL IOCs" means no Olympic committee by "IOC". Places and actors keep theirs: "Republic" and "Brokers" head no body, yet
 * "Democratic People's Republic of Korea (DPRK)" and "The Shadow Brokers (TSB)" name them.
 */
function withoutSpelledTerms(text: string, gazetteer: readonly GazetteerMention[]): GazetteerMention[] {
  const matches = gazetteer.filter((mention) => mention.via !== 'demonym');
  const acronym = (mention: GazetteerMention) =>
    mention.entry.type === 'Organization' && ALL_CAPS.test(mention.surface);
  if (!matches.some(acronym)) return matches;
  const terms = acronymsOfTerms(text);
  // Once per acronym, not per mention: each answer reads the whole text.
  const plural = new Map<string, boolean>();
  const inPlural = (surface: string) => {
    let answer = plural.get(surface);
    if (answer === undefined) {
      answer = writtenInPlural(text, surface);
      plural.set(surface, answer);
    }
    return answer;
  };
  return matches.filter(
    (mention) => !acronym(mention) || (!terms.has(mention.surface) && !inPlural(mention.surface)),
  );
}

const FUNCTION_WORDS = capitalisedFunctionWords();
/** A word of two letters or more in capitals, right before or after a match across spaces. */
const CAPITALS_WORD_BEFORE = /(?<![\p{L}\p{M}])\p{Lu}{2,}[ \u00a0]+$/u;
const CAPITALS_WORD_AFTER = /^[ \u00a0]+\p{Lu}{2,}(?![\p{L}\p{M}])/u;
const NEIGHBOUR_CHARS = 40;

/**
 * Whether a match in capitals is a common word of a line set in capitals: a function word ("UN
 * SUICIDE": "un", not the United Nations) or a word the text also writes in lower case ("UNE
 * REUNION ELECTORALE ... la réunion": a meeting, not the island). Acronyms the gazetteer spells
 * in capitals ("NATO") are only ever read as function words.
 */
function isCommonWordInCapitals(
  text: string,
  mention: GazetteerMention,
  lowerCaseWords: () => ReadonlySet<string>,
): boolean {
  const { surface } = mention;
  if (!ALL_CAPS.test(surface)) return false;
  const amongCapitals =
    CAPITALS_WORD_BEFORE.test(text.slice(Math.max(0, mention.start - NEIGHBOUR_CHARS), mention.start)) ||
    CAPITALS_WORD_AFTER.test(text.slice(mention.end, mention.end + NEIGHBOUR_CHARS));
  if (!amongCapitals) return false;
  if (FUNCTION_WORDS.has(surface[0] + surface.slice(1).toLowerCase())) return true;
  return !ALL_CAPS.test(mention.alias) && lowerCaseWords().has(foldAccents(surface.toLowerCase()));
}

const foldAccents = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '');
const LOWER_CASE_WORD = /(?<![\p{L}\p{M}])[\p{Ll}\p{M}]+(?:-[\p{Ll}\p{M}]+)*(?![\p{L}\p{M}])/gu;

/** The words the text writes in lower case, accents aside ("réunion" as "reunion"), read once if asked. */
function lazyLowerCaseWords(text: string): () => ReadonlySet<string> {
  let words: Set<string> | undefined;
  return () => (words ??= new Set(foldAccents(text).match(LOWER_CASE_WORD) ?? []));
}

function fromGazetteer(mention: GazetteerMention): Candidate {
  const { entry } = mention;
  const how = mention.needsContext ? ', accepted on a nearby cue' : '';
  return {
    start: mention.start,
    end: mention.end,
    surface: mention.surface,
    type: entry.type,
    source: 'gazetteer',
    name: entry.name,
    key: entry.key,
    externalIds: entry.externalIds,
    domains: entry.domains,
    reason: `gazetteer: "${mention.surface}" is ${mention.via === 'name' ? 'the name' : 'an alias'} of ${entry.name}${how}`,
  };
}

/** Indicators, except an organisation's own site (and links on it), which are not indicators of anything. */
function indicatorCandidates(text: string): Candidate[] {
  return findIndicators(text).flatMap((indicator): Candidate[] => {
    if (indicator.type === 'Domain' || indicator.type === 'Url') {
      const host = indicator.type === 'Domain' ? indicator.value : hostOfUrl(indicator.value);
      if (host && siteOwner(host)) return [];
    }
    return [
      {
        start: indicator.start,
        end: indicator.end,
        surface: indicator.surface,
        type: indicator.type as EntityType,
        source: 'indicator',
        name: indicator.value,
        key: indicator.value,
        reason: `indicator: "${indicator.surface}" is ${indicator.type} ${indicator.value}`,
      },
    ];
  });
}

function hostOfUrl(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/**
 * Whether a demonym at least as long as a span overlaps it. Demonyms are short, so only those
 * starting within the longest demonym's length before the span are looked at.
 */
function demonymCovering(demonyms: readonly GazetteerMention[]): (span: Span) => boolean {
  const sorted = [...demonyms].sort((a, b) => a.start - b.start);
  let longest = 0;
  for (const demonym of sorted) longest = Math.max(longest, demonym.end - demonym.start);
  return (span) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle]?.start ?? Infinity) <= span.start - longest) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < sorted.length; index++) {
      const demonym = sorted[index];
      if (!demonym || demonym.start >= span.end) break;
      if (overlaps(demonym, span) && span.end - span.start <= demonym.end - demonym.start) return true;
    }
    return false;
  };
}
