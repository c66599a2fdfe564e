/**
 * `node scripts/build-french-places.ts`: regenerates ingest/gazetteer/data/french-places.json
 * from the official French administrative division (npm `@etalab/decoupage-administratif`, a
 * development dependency: data under the Licence Ouverte 2.0, see ingest/gazetteer/NOTICE.md).
 * The output is deterministic; commit it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFrenchPlaces, type Commune, type Division } from '../ingest/gazetteer/build-french-places.ts';
import { loadEntriesWithoutFrenchPlaces } from '../ingest/gazetteer/index.ts';
import { foldKey } from '../ingest/normalize/fold.ts';
import type { GeneratedPlaceFile } from '../ingest/gazetteer/types.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const FRENCH_PLACES_PATH = join(root, 'ingest/gazetteer/data/french-places.json');
const SOURCE_PACKAGE = '@etalab/decoupage-administratif';

function readData<T>(file: string): T {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(`${SOURCE_PACKAGE}/data/${file}`), 'utf8')) as T;
}

export function generateFrenchPlaces(): GeneratedPlaceFile {
  const require = createRequire(import.meta.url);
  const { version } = JSON.parse(readFileSync(require.resolve(`${SOURCE_PACKAGE}/package.json`), 'utf8')) as {
    version: string;
  };
  const taken = new Set(
    loadEntriesWithoutFrenchPlaces().flatMap((entry) => [entry.name, ...entry.aliases].map(foldKey)),
  );
  return {
    notice:
      'French regions, departments and communes of at least 2,000 inhabitants, from the official ' +
      'administrative division published by Etalab (Licence Ouverte 2.0); see NOTICE.md.',
    sources: [`npm:${SOURCE_PACKAGE}@${version}`],
    entries: buildFrenchPlaces({
      communes: readData<Commune[]>('communes.json'),
      departments: readData<Division[]>('departements.json'),
      regions: readData<Division[]>('regions.json'),
      taken,
    }),
  };
}

/** The file's exact bytes: one entry per line (the file is large), and a final newline. */
export function serializeFrenchPlaces(file: GeneratedPlaceFile): string {
  const entries = file.entries.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n');
  return (
    `{\n  "notice": ${JSON.stringify(file.notice)},\n  "sources": ${JSON.stringify(file.sources)},\n` +
    `  "entries": [\n${entries}\n  ]\n}\n`
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = generateFrenchPlaces();
  writeFileSync(FRENCH_PLACES_PATH, serializeFrenchPlaces(file));
  console.error(`wrote ${file.entries.length} French places to ${FRENCH_PLACES_PATH}`);
}
