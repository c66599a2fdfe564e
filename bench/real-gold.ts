/**
 * Relation gold for the real corpus (../shared/corpus, third-party text that is never copied
 * here): the file formats of data/real-gold/{lang}/{base}.gold.json (prose texts) and of
 * data/real-gold/news/{lang}/*.gold.json (news sentences of the NER sets), their loaders, and
 * the checks every file must pass against graph-schema and against the text it annotates.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { allowsEndpoints, LANGUAGES } from '../graph-schema/schema.ts';
import { findOccurrences, goldEntitySchema, goldRelationSchema } from './evaluate.ts';
import { readEuropeana, readWojood, type NerSet } from './ner-gold.ts';

const GOLD_SUFFIX = '.gold.json';

/** `[start, end)` in UTF-16 code units of the text file read as UTF-8, like String.slice. */
const rangeSchema = z.tuple([z.number().int().nonnegative(), z.number().int().positive()]);

export const realGoldRelationSchema = goldRelationSchema.extend({
  /** The whole sentence(s) stating the relation. */
  evidence: z.array(rangeSchema).min(1),
  /** An end is named in the stating sentence only through a reference to an earlier name. */
  coreference: z.boolean(),
});

export const realGoldDocumentSchema = z.strictObject({
  /** The annotated file, relative to the corpus folder: `texts/{lang}/{base}.txt`. */
  file: z.string().regex(/^texts\/(?:ar|fr|en)\/[^/]+\.txt$/),
  lang: z.enum(LANGUAGES),
  /** `dev` texts may shape rules; `heldout` ones only measure (docs/samples.md). */
  split: z.enum(['dev', 'heldout']),
  /** `mentions` is empty only for a place stated by a demonym (docs/samples.md). */
  entities: z.array(goldEntitySchema),
  relations: z.array(realGoldRelationSchema),
});

export type RealGoldDocument = z.infer<typeof realGoldDocumentSchema>;

/** Where the NER sets' documents live in the corpus, by the name their `file` references use. */
const NEWS_SETS: ReadonlyArray<{ folder: string; sourceKind: string; read: (corpusRoot: string) => NerSet }> =
  [
    { folder: 'ner/wojood-ar', sourceKind: 'wojood', read: readWojood },
    { folder: 'ner/europeana-fr', sourceKind: 'europeana', read: readEuropeana },
  ];

export const newsGoldDocumentSchema = z.strictObject({
  /**
   * A document of a NER set as bench/ner-gold.ts builds it: `ner/{set}/{id}`, for example
   * `ner/wojood-ar/val.txt#12` (the 12th sentence of val.txt).
   */
  file: z.string().regex(/^ner\/(?:wojood-ar|europeana-fr)\/[^/#]+#[1-9]\d*$/),
  /** Empty when the document was read and states no relation: its extractions are all spurious. */
  entities: z.array(goldEntitySchema),
  relations: z.array(realGoldRelationSchema),
});

/** One file of news gold: documents read in one language and one split. */
export const newsGoldFileSchema = z.strictObject({
  lang: z.enum(LANGUAGES),
  /** `dev` documents may shape rules; `heldout` ones only measure (docs/samples.md). */
  split: z.enum(['dev', 'heldout']),
  documents: z.array(newsGoldDocumentSchema).min(1),
});

export interface RealArticle {
  /** `lang/base`, the corpus file name without `.txt`. */
  id: string;
  /** Absolute path of the corpus text. */
  path: string;
  /** The text file as read, byte for byte decoded as UTF-8. */
  text: string;
  /** `wikipedia`, `annoctr`, ...: the corpus index's `source_kind`, reported like a split. */
  sourceKind: string;
  /** The prose texts are reported by source and split, the news sentences by language and split. */
  kind: 'prose' | 'news';
  gold: RealGoldDocument;
}

const indexSchema = z.array(z.looseObject({ file: z.string(), lang: z.string(), source_kind: z.string() }));

/** The gold files of one folder, in name order; none when the folder is absent. */
function goldFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith(GOLD_SUFFIX))
        .sort()
    : [];
}

/**
 * Every gold file under `goldRoot/{lang}` with the corpus text it annotates. A gold file that
 * does not parse, or whose text is missing, is an error naming the file.
 */
export function loadRealGold(goldRoot: string, corpusRoot: string): RealArticle[] {
  const index = indexSchema.parse(JSON.parse(readFileSync(join(corpusRoot, 'index.json'), 'utf8')));
  const kindOf = new Map(index.map((entry) => [entry.file, entry.source_kind]));
  return LANGUAGES.flatMap((lang) => {
    const dir = join(goldRoot, lang);
    return goldFiles(dir).map((file) => {
      const goldPath = join(dir, file);
      const parsed = realGoldDocumentSchema.safeParse(JSON.parse(readFileSync(goldPath, 'utf8')));
      if (!parsed.success) throw new Error(`${goldPath}: ${z.prettifyError(parsed.error)}`);
      const base = file.slice(0, -GOLD_SUFFIX.length);
      const expected = `texts/${lang}/${base}.txt`;
      if (parsed.data.file !== expected || parsed.data.lang !== lang) {
        throw new Error(`${goldPath}: "file" and "lang" must be ${expected} and ${lang}`);
      }
      const path = join(corpusRoot, expected);
      if (!existsSync(path)) throw new Error(`${goldPath}: ${path} is missing`);
      return {
        id: `${lang}/${base}`,
        path,
        text: readFileSync(path, 'utf8'),
        sourceKind: kindOf.get(expected) ?? 'unknown',
        kind: 'prose',
        gold: parsed.data,
      };
    });
  });
}

/**
 * Every news gold file under `goldRoot/news/{lang}`, one article per annotated document, with the
 * text bench/ner-gold.ts builds for it. A file that does not parse, a document that is not in
 * its set or not in the file's language, and a document annotated twice are errors naming the
 * file.
 */
export function loadNewsGold(goldRoot: string, corpusRoot: string): RealArticle[] {
  const texts = new Map<string, { text: string; lang: string; sourceKind: string }>();
  const readSets = new Set<string>();
  const textOf = (file: string) => {
    const set = NEWS_SETS.find((candidate) => file.startsWith(`${candidate.folder}/`));
    if (set && !readSets.has(set.folder)) {
      readSets.add(set.folder);
      const read = set.read(corpusRoot);
      for (const doc of read.documents) {
        texts.set(`${set.folder}/${doc.id}`, { text: doc.text, lang: read.lang, sourceKind: set.sourceKind });
      }
    }
    return texts.get(file);
  };
  const seen = new Set<string>();
  return LANGUAGES.flatMap((lang) => {
    const dir = join(goldRoot, 'news', lang);
    return goldFiles(dir).flatMap((name) => {
      const goldPath = join(dir, name);
      const parsed = newsGoldFileSchema.safeParse(JSON.parse(readFileSync(goldPath, 'utf8')));
      if (!parsed.success) throw new Error(`${goldPath}: ${z.prettifyError(parsed.error)}`);
      if (parsed.data.lang !== lang) throw new Error(`${goldPath}: "lang" must be ${lang}`);
      const { split } = parsed.data;
      return parsed.data.documents.map((document): RealArticle => {
        const source = textOf(document.file);
        if (!source || source.lang !== lang) {
          throw new Error(`${goldPath}: ${document.file} is not a ${lang} document of the NER sets`);
        }
        if (seen.has(document.file)) throw new Error(`${goldPath}: ${document.file} is annotated twice`);
        seen.add(document.file);
        return {
          id: document.file,
          path: join(corpusRoot, document.file),
          text: source.text,
          sourceKind: source.sourceKind,
          kind: 'news',
          gold: { ...document, lang, split },
        };
      });
    });
  });
}

/** What is wrong with one gold file, as readable lines; empty when it is sound. */
export function validateRealGold(article: Pick<RealArticle, 'id' | 'text' | 'gold'>): string[] {
  const { id, text, gold } = article;
  const problems: string[] = [];
  const entities = new Map(gold.entities.map((entity) => [entity.name, entity]));
  if (entities.size !== gold.entities.length) problems.push(`${id}: an entity name is annotated twice`);
  const unnamedPlaces = new Set(
    gold.entities.filter((entity) => entity.mentions.length === 0).map((entity) => entity.name),
  );
  for (const entity of gold.entities) {
    if (entity.mentions.length === 0 && entity.type !== 'Location') {
      problems.push(`${id}: ${entity.name}: only a place stated by a demonym may have no mention`);
    }
    if (entity.mentions.length > 0 && !entity.mentions.includes(entity.name)) {
      problems.push(`${id}: ${entity.name}: the name is not one of its mentions`);
    }
    for (const mention of entity.mentions) {
      if (!text.includes(mention)) problems.push(`${id}: ${entity.name}: "${mention}" is not in the text`);
    }
  }
  const facts = new Set<string>();
  for (const relation of gold.relations) {
    const label = `${id}: ${relation.source} -${relation.type}-> ${relation.target}`;
    const source = entities.get(relation.source);
    const target = entities.get(relation.target);
    if (!source || !target) {
      problems.push(`${label}: an endpoint is not in "entities"`);
      continue;
    }
    if (!allowsEndpoints(relation.type, source.type, target.type)) {
      problems.push(`${label}: ${source.type} -> ${target.type} is not allowed by graph-schema`);
    }
    if (facts.has(label)) problems.push(`${label}: annotated twice`);
    facts.add(label);
    if ((relation.modality === 'denied') !== (relation.type === 'DENIES')) {
      problems.push(`${label}: denials, and only they, are DENIES with modality "denied"`);
    }
    for (const claimant of relation.assertedBy) {
      if (!entities.has(claimant)) problems.push(`${label}: claimant ${claimant} is not in "entities"`);
    }
    for (const [start, end] of relation.evidence) {
      if (start >= end || end > text.length) {
        problems.push(`${label}: evidence [${start}, ${end}] is outside the text (${text.length})`);
      }
    }
    if (
      unnamedPlaces.has(relation.source) ||
      (unnamedPlaces.has(relation.target) && relation.type !== 'LOCATED_IN')
    ) {
      problems.push(`${label}: a place without mentions is only ever a LOCATED_IN target`);
    }
    if (relation.coreference) continue;
    const stated = relation.evidence.map(([start, end]) => text.slice(start, end)).join('\n');
    for (const end of [source, target]) {
      if (end.mentions.length === 0) continue;
      if (!end.mentions.some((mention) => findOccurrences(stated, mention).length > 0)) {
        problems.push(`${label}: the evidence names no mention of ${end.name} (coreference?)`);
      }
    }
  }
  return problems;
}
