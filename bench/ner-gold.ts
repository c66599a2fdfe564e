/**
 * The three entity-annotated sets of the real corpus (../shared/corpus/ner, third-party text
 * read at run time, never copied here), read into one shape: documents of plain text with gold
 * spans typed with our entity types. The label mappings are data; docs/samples.md explains them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { EntityType, Language } from '../graph-schema/schema.ts';

export interface NerSpan {
  start: number;
  end: number;
  type: EntityType;
}

export interface NerDocument {
  id: string;
  /** What the pipeline reads: the corpus file itself (AnnoCTR) or text rebuilt from tokens. */
  text: string;
  /** Spans to find, with our types. */
  spans: NerSpan[];
  /**
   * Spans neither to find nor to avoid: labels we do not score although they are entities
   * (tools, sectors, facilities...), and mapped spans nested inside another mapped span. A
   * prediction that overlaps one and matches nothing else is not counted.
   */
  neutral: Array<{ start: number; end: number }>;
  /** Types this document's gold does not annotate at all: predictions of them are not scored. */
  unannotated: readonly EntityType[];
  /**
   * Stretches where the gold had no room for some types: a flat layer gives each token one tag,
   * so a name inside a longer span of another label could not be tagged. Predictions of those
   * types lying inside one are not scored.
   */
  unannotatedRegions: Array<{ start: number; end: number; types: readonly EntityType[] }>;
}

export interface NerSet {
  name: string;
  lang: Language;
  documents: NerDocument[];
  /** How our predicted types are compared with the set's: ThreatActor is an organisation in general NER. */
  scoredTypes: Partial<Record<EntityType, EntityType>>;
  /** Gold tokens the reader could not place in the corpus text (should stay 0). */
  unplacedTokens: number;
}

/** A label of a set: one of our types, or neutral (an entity we do not score). Others are ignored. */
type LabelMap = Readonly<Record<string, EntityType | 'neutral'>>;

/**
 * AnnoCTR: general layer (`ne`) and explicit cybersecurity layer (`ce`); `ci` holds descriptions
 * ("the actors"), not names. LOC is neutral: it marks nationality adjectives ("Iranian",
 * "Russian-speaking") as well as places, and our model deliberately does not.
 */
const ANNOCTR_LABELS = {
  ne: { ORG: 'Organization', LOC: 'neutral', SECTOR: 'neutral' },
  ce: { GROUP: 'ThreatActor', MALWARE: 'Malware', TOOL: 'neutral' },
} as const satisfies Record<string, LabelMap>;

const WOJOOD_LABELS = {
  PERS: 'Person',
  ORG: 'Organization',
  GPE: 'Location',
  LOC: 'Location',
  FAC: 'neutral',
  EVENT: 'neutral',
  WEBSITE: 'neutral',
} as const satisfies LabelMap;

const EUROPEANA_LABELS = {
  PER: 'Person',
  ORG: 'Organization',
  LOC: 'Location',
} as const satisfies LabelMap;

const GENERAL_NER_TYPES: NerSet['scoredTypes'] = {
  Person: 'Person',
  Organization: 'Organization',
  ThreatActor: 'Organization',
  Location: 'Location',
};

interface Placed {
  start: number;
  end: number;
  tags: readonly string[];
}

interface LabelledSpan {
  start: number;
  end: number;
  label: string;
}

/**
 * Spans of one BIO tag column, per label: `B-X` opens a span, `I-X` continues the open one
 * (or opens one when none is open, as IO files do). A token may carry several tags of one label
 * (nested entities, Wojood): its `I-` tags continue the outermost open spans, its `B-` tags
 * open new ones inside them.
 */
function decodeTags(tokens: readonly Placed[]): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  const open = new Map<string, LabelledSpan[]>();
  for (const token of tokens) {
    const counts = new Map<string, { begin: number; inside: number }>();
    for (const tag of token.tags) {
      const match = /^([BI])-(.+)$/.exec(tag);
      if (!match) continue;
      const label = match[2] ?? '';
      const count = counts.get(label) ?? { begin: 0, inside: 0 };
      if (match[1] === 'B') count.begin++;
      else count.inside++;
      counts.set(label, count);
    }
    for (const [label, stack] of open) {
      const kept = stack.slice(0, counts.get(label)?.inside ?? 0);
      for (const span of kept) span.end = token.end;
      open.set(label, kept);
    }
    for (const [label, count] of counts) {
      const stack = open.get(label) ?? [];
      const opening = count.begin + Math.max(0, count.inside - stack.length);
      for (let made = 0; made < opening; made++) {
        const span = { start: token.start, end: token.end, label };
        spans.push(span);
        stack.push(span);
      }
      open.set(label, stack);
    }
  }
  return spans;
}

/**
 * Turns labelled spans into gold: mapped spans nested inside another mapped span become neutral
 * (a reader marks the outer name; the inner one is neither required nor wrong).
 */
function toGold(spans: readonly LabelledSpan[], labels: LabelMap): Pick<NerDocument, 'spans' | 'neutral'> {
  const mapped = spans.flatMap((span) => {
    const type = labels[span.label];
    return type === undefined ? [] : [{ ...span, type }];
  });
  const typed = mapped.filter((span) => span.type !== 'neutral');
  const gold: NerSpan[] = [];
  const neutral: NerDocument['neutral'] = [];
  for (const span of mapped) {
    const inner =
      span.type !== 'neutral' &&
      typed.some(
        (other) =>
          other !== span &&
          other.start <= span.start &&
          span.end <= other.end &&
          (other.end - other.start > span.end - span.start || typed.indexOf(other) < typed.indexOf(span)),
      );
    if (span.type === 'neutral' || inner) neutral.push({ start: span.start, end: span.end });
    else gold.push({ start: span.start, end: span.end, type: span.type });
  }
  return { spans: gold, neutral };
}

/** Tokens glued to the previous one (closing punctuation) or to the next one (elisions, openers). */
const NO_SPACE_BEFORE = /^[.,;:!?)\]}»%،؛؟]+$/u;
const NO_SPACE_AFTER = /(?:^[([{«]|['’])$/u;

/** Joins tokens as a writer would space them; returns the text and each token's offsets. */
function joinTokens(tokens: readonly string[]): {
  text: string;
  offsets: Array<{ start: number; end: number }>;
} {
  let text = '';
  const offsets: Array<{ start: number; end: number }> = [];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (previous !== undefined && !NO_SPACE_BEFORE.test(token) && !NO_SPACE_AFTER.test(previous)) text += ' ';
    offsets.push({ start: text.length, end: text.length + token.length });
    text += token;
  });
  return { text, offsets };
}

const annoctrSentence = z.looseObject({
  id: z.string(),
  tokens: z.array(z.string()),
  ne_tags: z.array(z.string()),
  ce_tags: z.array(z.string()),
});

const corpusIndex = z.array(
  z.looseObject({
    file: z.string(),
    annoctr_doc_id: z.string().optional(),
    annoctr_split: z.string().optional(),
  }),
);

/** AnnoCTR's `ext` documents carry the general layer only: no actor or malware was annotated. */
const GENERAL_LAYER_ONLY_SPLIT = 'ext';
const CYBER_LAYER_TYPES: readonly EntityType[] = ['ThreatActor', 'Malware'];

/** How far past the previous token the next one may start; further means it was not found. */
const MAX_TOKEN_GAP = 400;

/**
 * AnnoCTR: the 15 reports of texts/en, read as the files they are, with the JSON gold tokens
 * placed in the text in order. Where the two layers mark overlapping spans (an actor's name as
 * ORG and as GROUP), the cybersecurity label is the one scored.
 */
export function readAnnoCtr(corpusRoot: string): NerSet {
  const index = corpusIndex.parse(JSON.parse(readFileSync(join(corpusRoot, 'index.json'), 'utf8')));
  let unplacedTokens = 0;
  const documents = index.flatMap((entry) => {
    if (entry.annoctr_doc_id === undefined) return [];
    const text = readFileSync(join(corpusRoot, entry.file), 'utf8');
    const jsonPath = join(corpusRoot, 'ner/annoctr-en/ner_json', `${entry.annoctr_doc_id}.json`);
    const sentences = readFileSync(jsonPath, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => annoctrSentence.parse(JSON.parse(line)));
    const layers = { ne: [] as Placed[], ce: [] as Placed[] };
    let cursor = 0;
    for (const sentence of sentences) {
      sentence.tokens.forEach((token, position) => {
        const start = text.indexOf(token, cursor);
        if (start === -1 || start - cursor > MAX_TOKEN_GAP) {
          unplacedTokens++;
          return;
        }
        cursor = start + token.length;
        layers.ne.push({ start, end: cursor, tags: [sentence.ne_tags[position] ?? 'O'] });
        layers.ce.push({ start, end: cursor, tags: [sentence.ce_tags[position] ?? 'O'] });
      });
      // A sentence ends every span: BIO does not run across sentence lines.
      layers.ne.push(SENTENCE_BREAK);
      layers.ce.push(SENTENCE_BREAK);
    }
    const cyberSpans = decodeTags(layers.ce);
    const cyber = toGold(cyberSpans, ANNOCTR_LABELS.ce);
    const general = toGold(decodeTags(layers.ne), ANNOCTR_LABELS.ne);
    const overlapsCyber = (span: { start: number; end: number }) =>
      [...cyber.spans, ...cyber.neutral].some((other) => other.start < span.end && span.start < other.end);
    return [
      {
        id: entry.file,
        text,
        spans: [...cyber.spans, ...general.spans.filter((span) => !overlapsCyber(span))],
        neutral: [...cyber.neutral, ...general.neutral, ...general.spans.filter(overlapsCyber)],
        unannotated: entry.annoctr_split === GENERAL_LAYER_ONLY_SPLIT ? CYBER_LAYER_TYPES : [],
        // A whole ATT&CK table row tagged TECHNIQUE ("| T1193 | Spearphishing | X sends …")
        // leaves no tag for the actor named in it: the cyber layer is flat.
        unannotatedRegions: cyberSpans
          .filter((span) => !Object.hasOwn(ANNOCTR_LABELS.ce, span.label))
          .map((span) => ({ start: span.start, end: span.end, types: CYBER_LAYER_TYPES })),
      },
    ];
  });
  return {
    name: 'AnnoCTR (en)',
    lang: 'en',
    documents,
    scoredTypes: { ThreatActor: 'ThreatActor', Malware: 'Malware', Organization: 'Organization' },
    unplacedTokens,
  };
}

const SENTENCE_BREAK: Placed = { start: 0, end: 0, tags: [] };

/** A document rebuilt from token lines (`token TAG [TAG ...]`), spaced as a writer would. */
function tokenLinesDocument(
  id: string,
  lines: readonly (readonly string[])[],
  labels: LabelMap,
): NerDocument {
  const { text, offsets } = joinTokens(lines.map((fields) => fields[0] ?? ''));
  const placed = lines.map((fields, position) => ({
    ...(offsets[position] ?? { start: 0, end: 0 }),
    tags: fields.slice(1),
  }));
  return { id, text, ...toGold(decodeTags(placed), labels), unannotated: [], unannotatedRegions: [] };
}

/** Wojood: one document per sentence (they are unrelated sentences), tokens joined with spaces. */
export function readWojood(corpusRoot: string): NerSet {
  const dir = join(corpusRoot, 'ner/wojood-ar');
  const documents = readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split(/\n\s*\n/)
        .map((block) => block.split('\n').filter((line) => line.trim() !== ''))
        .filter((lines) => lines.length > 0)
        .map((lines, index) =>
          tokenLinesDocument(
            `${file}#${index + 1}`,
            lines.map((line) => line.trim().split(/ +/)),
            WOJOOD_LABELS,
          ),
        ),
    );
  return {
    name: 'Wojood (ar)',
    lang: 'ar',
    documents: placeNamesAsPlaces(documents),
    scoredTypes: GENERAL_NER_TYPES,
    unplacedTokens: 0,
  };
}

/**
 * Wojood labels a state's or a city's bare name ORG where the state acts through it ("روسيا
 * أعلنت", "قرار موسكو") and GPE elsewhere; our guidelines annotate such a name as the place it
 * names whatever it does (docs/samples.md), and name the government only through a word for it
 * ("الحكومة الروسية"). So an organisation span whose exact text the set itself labels a place in
 * another span is scored as that place. Decided from the gold alone, never from our output.
 */
function placeNamesAsPlaces(documents: readonly NerDocument[]): NerDocument[] {
  const placeNames = new Set(
    documents.flatMap((doc) =>
      doc.spans
        .filter((span) => span.type === 'Location')
        .map((span) => doc.text.slice(span.start, span.end)),
    ),
  );
  return documents.map((doc) => ({
    ...doc,
    spans: doc.spans.map((span) =>
      span.type === 'Organization' && placeNames.has(doc.text.slice(span.start, span.end))
        ? { ...span, type: 'Location' as const }
        : span,
    ),
  }));
}

/** Sentence-final tokens after which a long enough run of Europeana tokens becomes a document. */
const SENTENCE_END = /^[.!?]$/;
const EUROPEANA_DOCUMENT_TOKENS = 250;

/**
 * Europeana: the token lines have no sentence or article boundaries, so the text is rebuilt as
 * documents of about EUROPEANA_DOCUMENT_TOKENS tokens, each ending at a full stop. Tags are IO:
 * adjacent tokens of one label form one span.
 */
export function readEuropeana(corpusRoot: string): NerSet {
  const dir = join(corpusRoot, 'ner/europeana-fr');
  const file = readdirSync(dir).find((name) => name.endsWith('.bio'));
  if (file === undefined) throw new Error(`${dir}: no .bio file`);
  const lines = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/ +/))
    .filter((fields) => fields.length >= 2);
  const chunks: string[][][] = [[]];
  for (const fields of lines) {
    const chunk = chunks.at(-1) ?? [];
    chunk.push(fields);
    if (chunk.length >= EUROPEANA_DOCUMENT_TOKENS && SENTENCE_END.test(fields[0] ?? '')) chunks.push([]);
  }
  const documents = chunks
    .filter((chunk) => chunk.length > 0)
    .map((chunk, index) => tokenLinesDocument(`${file}#${index + 1}`, chunk, EUROPEANA_LABELS));
  return { name: 'Europeana (fr)', lang: 'fr', documents, scoredTypes: GENERAL_NER_TYPES, unplacedTokens: 0 };
}
