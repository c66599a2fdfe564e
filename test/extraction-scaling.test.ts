/**
 * Extraction time grows linearly with document size: the same text as one document costs
 * about what it costs as sixteen documents of a sixteenth each. A rule comparing every mention
 * with every other would make it 16 times (a pairwise comparison of mentions put into the
 * pipeline made the repeated paragraph cost 8 times); so does a rule that is quadratic only in
 * a small part of the work, more mildly (a demonym reading every mention of the entity it
 * places made it 1.57 times). The limit, 1.5 times, leaves linear text room for garbage
 * collection on a larger heap (measured 0.8 to 1.0 times) and catches both. Documents are
 * entity-dense: articles of the benchmark corpus in three languages run together, and one
 * paragraph of ours repeated (demonyms next to groups, people sharing a surname, lists). CPU
 * times, the fastest of up to three rounds (a shared machine under load inflates one round), never absolute. Each piece is extracted more than once on
 * purpose: the same text read again must not be slower (a cache once compared equal strings
 * in full on every call).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateArticle } from '../bench/corpus.ts';
import { ingestDocument } from '../ingest/pipeline.ts';
import { prepareRules } from '../ingest/rules/index.ts';

const PIECE_CHARS = 48 * 1024;
const PIECES = 16;
const MAX_RATIO = 1.5;

/** Articles of the three languages in turn, starting at `first`, until `chars` of text. */
function denseText(chars: number, first: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = first; length < chars; index++) {
    for (const lang of ['en', 'fr', 'ar'] as const) {
      const article = generateArticle(lang, index);
      parts.push(article);
      length += article.length + 2;
    }
  }
  return parts.join('\n\n');
}

const PARAGRAPH =
  'Russian hackers linked to APT28 attacked the French ministry in Paris, said Anna and Marc Keller of Mandiant. ' +
  'La société new-yorkaise Flashpoint, ESET et Kaspersky ont suivi le groupe russe Turla. ';

function repeatedText(chars: number): string {
  return PARAGRAPH.repeat(Math.ceil(chars / PARAGRAPH.length));
}

function cpuMs(texts: readonly string[]): { ms: number; mentions: number } {
  let mentions = 0;
  const started = process.cpuUsage();
  for (const text of texts) {
    const bytes = new TextEncoder().encode(text);
    mentions += ingestDocument({ uri: 'dense.txt', bytes, mediaType: 'text/plain' }).batch.mentions.length;
  }
  const used = process.cpuUsage(started);
  return { ms: (used.user + used.system) / 1000, mentions };
}

test(`one document costs at most ${MAX_RATIO}x its ${PIECES} pieces extracted apart`, () => {
  prepareRules();
  const shapes: Record<string, string[]> = {
    'benchmark articles': Array.from({ length: PIECES }, (_, piece) => denseText(PIECE_CHARS, piece * 1000)),
    'one paragraph repeated': Array.from({ length: PIECES }, () => repeatedText(PIECE_CHARS)),
  };
  for (const [shape, pieces] of Object.entries(shapes)) {
    const whole = pieces.join('\n\n');
    cpuMs(pieces.slice(0, 2)); // warm-up: compiled code, caches
    let best = Infinity;
    let detail = '';
    for (let round = 0; round < 3 && best > MAX_RATIO; round++) {
      const apart = cpuMs(pieces);
      const together = cpuMs([whole]);
      assert.ok(together.mentions > 5000, `${shape}: only ${together.mentions} mentions`);
      const ratio = together.ms / apart.ms;
      if (ratio < best) {
        best = ratio;
        detail = `${(whole.length / 1e6).toFixed(2)} M characters: ${together.ms.toFixed(0)} ms as one document, ${apart.ms.toFixed(0)} ms as ${PIECES}`;
      }
    }
    assert.ok(best <= MAX_RATIO, `${shape}: ${detail} (${best.toFixed(2)}x)`);
  }
});
