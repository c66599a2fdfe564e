/**
 * A stand-in for an OpenAI-compatible chat endpoint (Ollama, llama.cpp, vLLM): a loopback
 * server that answers every request with one recorded completion, since no model runs on these
 * machines. With it, the sentence and the answer the extractor tests share: the rules find
 * APT28 in it, only the model reads the tool (a "utilitaire", which no pack lists as a kind of
 * malicious program: "un outil nommé X" after a verb of use the rules read). All our own words.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export const MODEL_SENTENCE =
  'Selon Vigie Labs, Fancy Bear a déployé un utilitaire nommé Brisecoque contre des ministères.';

export const MODEL_REPLY = {
  entities: [
    { name: 'Fancy Bear', type: 'ThreatActor' },
    { name: 'Brisecoque', type: 'Malware' },
    { name: 'Vigie Labs', type: 'Organization' },
  ],
  relations: [
    {
      type: 'USES',
      source: 'Fancy Bear',
      target: 'Brisecoque',
      modality: 'reported',
      claimants: ['Vigie Labs'],
      quote: 'Fancy Bear a déployé un utilitaire nommé Brisecoque',
    },
  ],
};

export interface ModelReplay {
  /** The API's base address, as EVIGRAPH_LLM_URL takes it. */
  url: string;
  stop(): Promise<void>;
}

export async function startModelReplay(reply: unknown = MODEL_REPLY): Promise<ModelReplay> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ choices: [{ message: { role: 'assistant', content: JSON.stringify(reply) } }] }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
