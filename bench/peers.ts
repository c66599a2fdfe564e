/**
 * Two widely used JavaScript NLP libraries on the same English texts as evigraph, in the same
 * process and run: `compromise` (rule-based; people, organisations, places) and `wink-nlp` with
 * `wink-eng-lite-web-model` (its light model finds dates, numbers, URLs, hashtags: no names).
 * Each extracts what it can name; the bytes per second are comparable, the output is not.
 */
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { RawDocument } from '../ingest/types.ts';
import { MB, timed } from './measure.ts';

const wink = winkNLP(model);
const decoder = new TextDecoder();
const WARM_UP_TEXTS = 10;

const PEERS: Record<string, (text: string) => number> = {
  compromise: (text) => {
    const doc = nlp(text);
    return doc.people().length + doc.organizations().length + doc.places().length;
  },
  wink: (text) => wink.readDoc(text).entities().length(),
};

/** `peer_<name>_mb_s` (wall) and `peer_<name>_cpu_mb_s` for each peer over the documents. */
export async function measurePeers(documents: readonly RawDocument[]): Promise<Record<string, number>> {
  const texts = documents.map((raw) => decoder.decode(raw.bytes));
  const bytes = documents.reduce((sum, raw) => sum + raw.bytes.byteLength, 0);
  const figures: Record<string, number> = {};
  for (const [name, extract] of Object.entries(PEERS)) {
    // Untimed first pass over a few texts, as evigraph's extraction is measured warm.
    for (const text of texts.slice(0, WARM_UP_TEXTS)) extract(text);
    const { result: found, timing } = await timed(() => texts.reduce((sum, text) => sum + extract(text), 0));
    figures[`peer_${name}_mb_s`] = bytes / MB / (timing.wallMs / 1000);
    figures[`peer_${name}_cpu_mb_s`] = bytes / MB / (timing.cpuMs / 1000);
    figures[`peer_${name}_entities`] = found;
  }
  return figures;
}
