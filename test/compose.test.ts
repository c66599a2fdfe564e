/**
 * The docker compose stack, checked without a container engine: docker-compose itself
 * validates and resolves the file (it needs no daemon for `config`), and the Dockerfile is
 * linted by dockerfile-utils.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate, ValidationSeverity } from 'dockerfile-utils';

const ROOT = join(import.meta.dirname, '..');
const COMPOSE_FILE = join(ROOT, 'docker-compose.yml');
const ENV_EXAMPLE = join(ROOT, '.env.example');
const DOCKER_COMPOSE = '/usr/bin/docker-compose';
const composeSkip = existsSync(DOCKER_COMPOSE)
  ? false
  : 'docker-compose not installed (Debian package docker-compose): compose validation skipped';

interface ComposeService {
  image?: string;
  build?: { context: string };
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: Array<PublishedPort | string>;
  volumes?: Array<string | { target: string }>;
  profiles?: string[];
}

interface PublishedPort {
  published?: number | string;
  target: number;
  host_ip?: string;
}

/** docker-compose prints a port published on one address in the short form `ip:port:target/tcp`. */
function publishedPort(port: PublishedPort | string): PublishedPort {
  if (typeof port !== 'string') return port;
  const match = /^(?:(.*):)?(\d+):(\d+)(?:\/\w+)?$/.exec(port);
  assert.ok(match, `unexpected port form ${port}`);
  return {
    target: Number(match[3]),
    published: match[2] ?? '',
    ...(match[1] === undefined ? {} : { host_ip: match[1] }),
  };
}

interface ComposeConfig {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

function parseEnvFile(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (match?.[1] !== undefined) entries.set(match[1], match[2] ?? '');
  }
  return entries;
}

function runCompose(
  envFile: string,
  args: string[],
): { status: number | null; stdout: string; stderr: string } {
  // Only the env file may supply the stack's variables, whatever the calling shell exports.
  const stackVariables = new Set(parseEnvFile(readFileSync(ENV_EXAMPLE, 'utf8')).keys());
  const environment = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !stackVariables.has(name)),
  );
  const result = spawnSync(DOCKER_COMPOSE, ['--env-file', envFile, '-f', COMPOSE_FILE, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: environment,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The resolved configuration, converted to JSON by the YAML library docker-compose itself uses. */
function resolvedConfig(envFile: string): ComposeConfig {
  const resolved = runCompose(envFile, ['config']);
  assert.equal(resolved.status, 0, `docker-compose config failed:\n${resolved.stderr}`);
  const converted = spawnSync(
    'python3',
    ['-c', 'import sys, json, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)'],
    { input: resolved.stdout, encoding: 'utf8' },
  );
  assert.equal(converted.status, 0, converted.stderr);
  return JSON.parse(converted.stdout) as ComposeConfig;
}

function service(config: ComposeConfig, name: string): ComposeService {
  const found = config.services[name];
  assert.ok(found, `service ${name} missing`);
  return found;
}

describe('docker-compose.yml', () => {
  test('resolves with .env.example into the neo4j + evigraph stack', { skip: composeSkip }, () => {
    const env = parseEnvFile(readFileSync(ENV_EXAMPLE, 'utf8'));
    const config = resolvedConfig(ENV_EXAMPLE);

    const neo4j = service(config, 'neo4j');
    assert.equal(neo4j.image, 'neo4j:5-community');
    assert.equal(neo4j.environment?.NEO4J_AUTH, `${env.get('NEO4J_USER')}/${env.get('NEO4J_PASSWORD')}`);
    assert.deepEqual(neo4j.ports?.map((port) => publishedPort(port).target).sort(), [7474, 7687]);
    const mounted = (neo4j.volumes ?? []).map((volume) =>
      typeof volume === 'string' ? volume.split(':')[1] : volume.target,
    );
    assert.deepEqual(mounted.sort(), ['/data', '/logs']);
    assert.equal(neo4j.environment?.NEO4J_db_memory_transaction_max, '256M', 'a memory cap per transaction');
    assert.ok(
      neo4j.healthcheck?.test.join(' ').includes('cypher-shell'),
      'neo4j healthcheck runs cypher-shell',
    );
    assert.ok(config.volumes && 'neo4j-data' in config.volumes && 'neo4j-logs' in config.volumes);

    const app = service(config, 'evigraph');
    assert.equal(app.build?.context, ROOT);
    assert.deepEqual(app.depends_on, { neo4j: { condition: 'service_healthy' } });
    assert.deepEqual(app.command, ['serve', '--store', 'bolt://neo4j:7687', '--port', '3000']);
    assert.deepEqual(
      app.ports?.map((port) => publishedPort(port).target),
      [3000],
    );
    // Reachable from this machine only, and the server knows it (else it would want a token).
    assert.deepEqual(
      app.ports?.map((port) => publishedPort(port).host_ip),
      ['127.0.0.1'],
    );
    assert.equal(app.environment?.EVIGRAPH_PUBLISHED_HOST, '127.0.0.1');
    assert.equal(app.environment?.EVIGRAPH_TOKEN, '');
    assert.equal(app.environment?.NEO4J_USER, env.get('NEO4J_USER'));
    assert.equal(app.environment?.NEO4J_PASSWORD, env.get('NEO4J_PASSWORD'));
    assert.equal(app.profiles, undefined, 'the explorer starts with a plain `docker compose up`');

    const loader = service(config, 'load-samples');
    assert.deepEqual(loader.profiles, ['samples']);
    assert.deepEqual(loader.command, ['ingest', '--store', 'bolt://neo4j:7687', 'data/samples']);
    assert.deepEqual(loader.depends_on, { neo4j: { condition: 'service_healthy' } });
    assert.equal(loader.image, app.image, 'the loader reuses the explorer image');
  });

  test(
    'exposing the explorer publishes it where the server is told, with the token passed on',
    {
      skip: composeSkip,
    },
    () => {
      const directory = mkdtempSync(join(tmpdir(), 'evigraph-compose-'));
      const envFile = join(directory, 'exposed.env');
      writeFileSync(
        envFile,
        `${readFileSync(ENV_EXAMPLE, 'utf8')}\nEVIGRAPH_BIND=0.0.0.0\nEVIGRAPH_TOKEN=s3cret-token\n`,
      );
      const app = service(resolvedConfig(envFile), 'evigraph');
      assert.deepEqual(
        app.ports?.map((port) => publishedPort(port).host_ip ?? '0.0.0.0'),
        ['0.0.0.0'],
      );
      assert.equal(app.environment?.EVIGRAPH_PUBLISHED_HOST, '0.0.0.0');
      assert.equal(app.environment?.EVIGRAPH_TOKEN, 's3cret-token');
    },
  );

  test('refuses to resolve without a Neo4j password', { skip: composeSkip }, () => {
    const directory = mkdtempSync(join(tmpdir(), 'evigraph-compose-'));
    const envFile = join(directory, 'no-password.env');
    writeFileSync(envFile, 'NEO4J_USER=neo4j\n');
    const result = runCompose(envFile, ['config', '-q']);
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /NEO4J_PASSWORD/);
  });

  test('reports an invalid file (the validation can fail)', { skip: composeSkip }, () => {
    const directory = mkdtempSync(join(tmpdir(), 'evigraph-compose-'));
    const broken = join(directory, 'docker-compose.yml');
    writeFileSync(broken, 'services:\n  neo4j:\n    imag: neo4j:5-community\n');
    const result = spawnSync(DOCKER_COMPOSE, ['-f', broken, 'config', '-q'], { encoding: 'utf8' });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /imag/);
  });

  test('.env.example documents every variable the compose file reads', () => {
    const compose = readFileSync(COMPOSE_FILE, 'utf8');
    const example = readFileSync(ENV_EXAMPLE, 'utf8');
    const referenced = new Set(
      [...compose.matchAll(/(?<!\$)\$\{([A-Z][A-Z0-9_]*)/g)].map((match) => match[1]),
    );
    assert.ok(referenced.size > 0);
    const documented = parseEnvFile(example);
    for (const name of referenced) {
      assert.ok(name !== undefined && documented.has(name), `.env.example lacks ${name}`);
      assert.match(example, new RegExp(`#[^\\n]*\\n${name}=`), `${name} has no comment above it`);
    }
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const strict = {
    deprecatedMaintainer: ValidationSeverity.ERROR,
    directiveCasing: ValidationSeverity.ERROR,
    emptyContinuationLine: ValidationSeverity.ERROR,
    instructionCasing: ValidationSeverity.ERROR,
    instructionCmdMultiple: ValidationSeverity.ERROR,
    instructionEntrypointMultiple: ValidationSeverity.ERROR,
    instructionHealthcheckMultiple: ValidationSeverity.ERROR,
    instructionJSONInSingleQuotes: ValidationSeverity.ERROR,
    instructionWorkdirRelative: ValidationSeverity.ERROR,
  };

  test('passes dockerfile-utils validation with every check as an error', () => {
    const problems = validate(dockerfile, strict).map(
      (problem) => `line ${problem.range.start.line + 1}: ${problem.message}`,
    );
    assert.deepEqual(problems, []);
  });

  test('the linter reports a broken Dockerfile (the lint can fail)', () => {
    const problems = validate('from node:22-slim\nWORKDIR app\nEXPOSE port\nCMD ["a"]\nCMD ["b"]\n', strict);
    assert.ok(problems.length >= 4, `expected at least four problems, got ${problems.length}`);
  });

  test('builds in stages and runs as a non-root user on runtime dependencies only', () => {
    const stages = [...dockerfile.matchAll(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/gim)];
    assert.ok(stages.length >= 2, 'multi-stage build');
    const lastStage = dockerfile.slice(stages.at(-1)?.index);
    assert.match(lastStage, /^COPY --from=build\b/m);
    assert.match(lastStage, /^USER (?!root\b)\S+/m);
    assert.match(
      lastStage,
      /^ENV EVIGRAPH_HOST=0\.0\.0\.0$/m,
      'the server must be reachable from outside the container',
    );
    assert.match(dockerfile, /npm run build/);
    assert.match(dockerfile, /npm prune --omit=dev/);
    assert.match(lastStage, /^ENTRYPOINT \["node", "bin\/evigraph\.mjs"\]/m);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    assert.ok(
      !('tsx' in manifest.dependencies),
      'Node runs the TypeScript sources itself: no loader among the runtime dependencies',
    );
    for (const [image] of stages.map((stage) => [stage[1]]))
      assert.match(image ?? '', /^node:24(-|$)/, 'the image runs the Node version the project is tested on');
  });

  test('.dockerignore keeps local state and secrets out of the build context', () => {
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim());
    for (const entry of ['node_modules', '.env', '.git', 'data/store'])
      assert.ok(ignored.includes(entry), entry);
  });
});
