/**
 * `node scripts/build-gazetteer.ts [DATA_DIR]`: regenerates
 * ingest/gazetteer/data/threat-actors.json from the alias lists in DATA_DIR (default
 * ../shared/data: attack-groups.json, misp-threat-actor.json,
 * microsoft-threat-actor-mapping.json). The output is deterministic; commit it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildThreatActors, type ThreatActorSources } from '../ingest/gazetteer/build-threat-actors.ts';
import { loadOrdinaryWords, loadPlaceEntries } from '../ingest/gazetteer/index.ts';
import { foldKey } from '../ingest/normalize/fold.ts';
import type { ThreatActorFile } from '../ingest/gazetteer/types.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const THREAT_ACTORS_PATH = join(root, 'ingest/gazetteer/data/threat-actors.json');
export const DEFAULT_DATA_DIR = join(root, '../shared/data');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Reads the three lists from `dataDir` and builds the file's content. */
export function generateThreatActors(dataDir: string): ThreatActorFile {
  const attack = readJson(join(dataDir, 'attack-groups.json')) as {
    intrusion_sets: ThreatActorSources['attackGroups'];
  };
  const misp = readJson(join(dataDir, 'misp-threat-actor.json')) as {
    values: ThreatActorSources['mispClusters'];
  };
  const places = loadPlaceEntries().flatMap((entry) => [entry.name, ...entry.aliases]);
  return buildThreatActors({
    attackGroups: attack.intrusion_sets,
    mispClusters: misp.values,
    microsoftActors: readJson(
      join(dataDir, 'microsoft-threat-actor-mapping.json'),
    ) as ThreatActorSources['microsoftActors'],
    ordinaryWords: loadOrdinaryWords(),
    placeNames: new Set(places.map(foldKey)),
  });
}

/** The file's exact bytes: two-space JSON and a final newline. */
export function serializeThreatActors(file: ThreatActorFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = generateThreatActors(resolve(process.argv[2] ?? DEFAULT_DATA_DIR));
  writeFileSync(THREAT_ACTORS_PATH, serializeThreatActors(file));
  console.error(`wrote ${file.entries.length} threat actors to ${THREAT_ACTORS_PATH}`);
}
