/**
 * An extractor that asks a language model behind an OpenAI-compatible chat endpoint (Ollama,
 * the llama.cpp server, vLLM, or a hosted service) for entities and relations of
 * graph-schema's types. Optional and never the default: the rules stay deterministic and
 * offline; this one sits beside them.
 *
 * The model's answer is not trusted with offsets. Every relation must quote its sentence
 * verbatim: a quote not found in the text is dropped, and the evidence is the document's own
 * sentences around the quote, so offsets are exact whatever the model wrote. Entities are
 * kept only where their names occur in the text, and their mentions are found there.
 */
import { z } from 'zod';
import {
  ENTITY_TYPES,
  MODALITIES,
  RELATION_TYPES,
  allowsEndpoints,
  isEntityType,
  isRelationType,
  type EntityType,
} from '../../graph-schema/schema.ts';
import type {
  ExtractedEntity,
  ExtractedRelation,
  Extraction,
  ExtractionInput,
  Extractor,
} from '../extractor.ts';
import type { Sentence, Span } from '../types.ts';
import { settleClaim } from '../rules/modality.ts';
import { addMentions } from './combined.ts';
import { identityForName } from './entity-keys.ts';

export interface ChatExtractorConfig {
  /** Base address of the API, e.g. `http://127.0.0.1:11434/v1`; `/chat/completions` is added. */
  url: string;
  model: string;
  /** Sent as a bearer token when set (hosted services). */
  key?: string;
  /** Longest stretch of text sent in one request, in characters; cut at sentence ends. */
  chunkCharacters?: number;
  timeoutMs?: number;
}

/** The environment variables that configure the extractor, by name, for docs and errors. */
export const CHAT_ENVIRONMENT = {
  url: 'EVIGRAPH_LLM_URL',
  model: 'EVIGRAPH_LLM_MODEL',
  key: 'EVIGRAPH_LLM_KEY',
} as const;

const DEFAULT_CHUNK_CHARACTERS = 6000;
/**
 * How far a model's reading of a sentence is trusted, on the scale the rules give their
 * patterns (1 for a stated trigger, 0.8 for an inference from a host name alone): a quoted
 * sentence backs it, but nothing says the model read it right.
 */
const MODEL_STRENGTH = 0.8;
const DEFAULT_TIMEOUT_MS = 120_000;

/** The configuration from the environment, or why there is none. */
export function chatConfigFromEnvironment(environment: NodeJS.ProcessEnv): ChatExtractorConfig {
  const url = environment[CHAT_ENVIRONMENT.url];
  const model = environment[CHAT_ENVIRONMENT.model];
  if (!url || !model)
    throw new Error(
      `the model extractor needs ${CHAT_ENVIRONMENT.url} (an OpenAI-compatible API, e.g. http://127.0.0.1:11434/v1) and ${CHAT_ENVIRONMENT.model}`,
    );
  const key = environment[CHAT_ENVIRONMENT.key];
  return { url, model, ...(key ? { key } : {}) };
}

const answerSchema = z.object({
  entities: z
    .array(z.object({ name: z.string().min(1), type: z.string(), mentions: z.array(z.string()).optional() }))
    .default([]),
  relations: z
    .array(
      z.object({
        type: z.string(),
        source: z.string().min(1),
        target: z.string().min(1),
        modality: z.enum(MODALITIES).catch('asserted'),
        claimants: z.array(z.string()).default([]),
        quote: z.string().min(1),
      }),
    )
    .default([]),
});
type Answer = z.infer<typeof answerSchema>;

const responseSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});

export function createChatExtractor(config: ChatExtractorConfig): Extractor {
  return {
    name: `llm:${config.model}`,
    extract: (input) => extractWithChat(config, input),
  };
}

async function extractWithChat(config: ChatExtractorConfig, input: ExtractionInput): Promise<Extraction> {
  const entities = new Map<string, ExtractedEntity>();
  const relations: ExtractedRelation[] = [];
  for (const chunk of chunks(input.sentences, config.chunkCharacters ?? DEFAULT_CHUNK_CHARACTERS)) {
    const answer = await ask(config, input.text.slice(chunk.start, chunk.end));
    const keys = collectEntities(answer, input, chunk, entities);
    relations.push(...collectRelations(answer, input, chunk, keys));
  }
  return { entities: [...entities.values()], relations };
}

/** Consecutive sentences up to `limit` characters (a longer sentence goes alone). */
function chunks(sentences: readonly Sentence[], limit: number): Span[] {
  const result: Span[] = [];
  let current: Span | undefined;
  for (const sentence of sentences) {
    if (current !== undefined && sentence.end - current.start <= limit) current.end = sentence.end;
    else {
      current = { start: sentence.start, end: sentence.end };
      result.push(current);
    }
  }
  return result;
}

async function ask(config: ChatExtractorConfig, text: string): Promise<Answer> {
  const address = `${config.url.replace(/\/+$/, '')}/chat/completions`;
  let response: Response;
  try {
    response = await fetch(address, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(config.key ? { authorization: `Bearer ${config.key}` } : {}),
      },
      body: JSON.stringify({
        model: config.model,
        temperature: 0,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: INSTRUCTIONS },
          { role: 'user', content: text },
        ],
      }),
      signal: AbortSignal.timeout(config.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (error) {
    throw new Error(`the model endpoint ${address} did not answer: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (!response.ok)
    throw new Error(
      `the model endpoint ${address} answered ${response.status}: ${(await response.text()).slice(0, 300)}`,
    );
  const parsed = responseSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error(`the model endpoint ${address} sent no chat completion`);
  const content = parsed.data.choices[0]?.message.content ?? '';
  const answer = answerSchema.safeParse(parseJsonObject(content));
  // An answer that is not the asked-for JSON gives nothing for this stretch, not a failed document.
  return answer.success ? answer.data : { entities: [], relations: [] };
}

/** The JSON object in a reply, tolerating a Markdown code fence around it. */
function parseJsonObject(content: string): unknown {
  const start = content.indexOf('{');
  const end = content.lastIndexOf('}');
  if (start < 0 || end < start) return undefined;
  try {
    return JSON.parse(content.slice(start, end + 1));
  } catch {
    return undefined;
  }
}

/** Adds the answer's entities that occur in the chunk; returns name -> entity key. */
function collectEntities(
  answer: Answer,
  input: ExtractionInput,
  chunk: Span,
  entities: Map<string, ExtractedEntity>,
): Map<string, string> {
  const keys = new Map<string, string>();
  for (const proposed of answer.entities) {
    if (!isEntityType(proposed.type)) continue;
    const surfaces = [...new Set([proposed.name, ...(proposed.mentions ?? [])])];
    const mentions = surfaces.flatMap((surface) => occurrences(input.text, surface, chunk));
    if (mentions.length === 0) continue;
    const identity = identityForName(proposed.name, proposed.type, input.lang);
    const key = identity.key;
    const entity = entities.get(key) ?? {
      key,
      type: proposed.type,
      name: identity.name,
      aliases: [],
      externalIds: [...identity.externalIds],
      mergeReasons: identity.reason !== undefined ? [identity.reason] : [],
      mentions: [],
    };
    addMentions(entity, mentions);
    entity.aliases = [...new Set([...entity.aliases, ...mentions.map((mention) => mention.surface)])];
    entities.set(key, entity);
    for (const surface of surfaces) keys.set(surface, key);
  }
  return keys;
}

function collectRelations(
  answer: Answer,
  input: ExtractionInput,
  chunk: Span,
  keys: ReadonlyMap<string, string>,
): ExtractedRelation[] {
  const typeOf = new Map(answer.entities.map((entity) => [entity.name, entity.type]));
  return answer.relations.flatMap((proposed): ExtractedRelation[] => {
    const source = keys.get(proposed.source);
    const target = keys.get(proposed.target);
    const sourceType = typeOf.get(proposed.source);
    const targetType = typeOf.get(proposed.target);
    if (!isRelationType(proposed.type) || source === undefined || target === undefined) return [];
    if (!isEntityType(sourceType ?? '') || !isEntityType(targetType ?? '')) return [];
    if (!allowsEndpoints(proposed.type, sourceType as EntityType, targetType as EntityType)) return [];
    const quoted = input.text.slice(chunk.start, chunk.end).indexOf(proposed.quote.trim());
    if (quoted < 0) return [];
    const quoteStart = chunk.start + quoted;
    const evidence = sentencesAround(input.sentences, quoteStart, quoteStart + proposed.quote.trim().length);
    const claim = settleClaim({
      source,
      target,
      modality: proposed.modality,
      claimants: proposed.claimants.flatMap((claimant) => keys.get(claimant) ?? []),
      strength: MODEL_STRENGTH,
    });
    return [{ type: proposed.type, source, target, ...claim, evidence }];
  });
}

/** Whole-word occurrences of `surface` inside `chunk`. */
function occurrences(text: string, surface: string, chunk: Span): Array<Span & { surface: string }> {
  const found: Array<Span & { surface: string }> = [];
  const isWordCharacter = (character: string | undefined) =>
    character !== undefined && /[\p{L}\p{N}]/u.test(character);
  for (
    let at = text.indexOf(surface, chunk.start);
    at >= 0 && at + surface.length <= chunk.end;
    at = text.indexOf(surface, at + 1)
  ) {
    if (isWordCharacter(text[at - 1]) || isWordCharacter(text[at + surface.length])) continue;
    found.push({ start: at, end: at + surface.length, surface });
  }
  return found;
}

/** The document's own sentences covering [start, end): the evidence span. */
function sentencesAround(sentences: readonly Sentence[], start: number, end: number): Span {
  const covering = sentences.filter((sentence) => sentence.end > start && sentence.start < end);
  return { start: covering[0]?.start ?? start, end: covering.at(-1)?.end ?? end };
}

/** What the model is asked, built from graph-schema so it never names a type we lack. */
const INSTRUCTIONS = [
  'You extract a knowledge graph from news articles and threat reports, in the language they are written in.',
  `Entity types: ${ENTITY_TYPES.map((spec) => spec.name).join(', ')}.`,
  'Relation types, each with the entity types it may link (source -> target):',
  ...RELATION_TYPES.map(
    (spec) =>
      `- ${spec.name}: ${[...new Set(spec.endpoints.map(([source, target]) => `${source} -> ${target}`))].join(', ')}`,
  ),
  'Modality of a relation: "asserted" when the text states it in its own voice; "reported" when it is stated on',
  'someone\'s word (list who says so in claimants); "suspected" when it is hedged (may, believed, probably);',
  '"denied" for a denial, given as a DENIES relation from whoever denies.',
  'Answer with one JSON object and nothing else:',
  '{"entities": [{"name": "...", "type": "...", "mentions": ["every spelling used in the text"]}],',
  ' "relations": [{"type": "...", "source": "entity name", "target": "entity name", "modality": "...",',
  ' "claimants": ["entity name"], "quote": "the sentence that states it, copied exactly from the text"}]}',
  'Use names exactly as written in the text. Give only relations the text states.',
].join('\n');
