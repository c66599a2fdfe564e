/**
 * The server as something exposed to a network: writes need the token when one is set,
 * requests addressed to an unknown host are refused (DNS rebinding), security headers carry a
 * content security policy, costly endpoints are rate limited, and `evigraph serve` will not
 * listen beyond loopback without a token. Real Kùzu store, real HTTP.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertSafeListen, hostOfHeader, securityFromEnvironment } from '../server/security.ts';
import { startApi, type RunningApi } from './api-harness.ts';

const BIN = fileURLToPath(new URL('../bin/evigraph.mjs', import.meta.url));
const TOKEN = 'correct-horse-battery-staple';
// Our own sentence, written for this test.
const DOCUMENT = {
  uri: 'test://security/one.txt',
  content: 'According to Mandiant, APT29 targeted the Ministry of Foreign Affairs of Norway in 2023.',
};

let api: RunningApi;
let port: number;

before(async () => {
  api = await startApi('security', {
    security: {
      token: TOKEN,
      allowedHosts: ['localhost', '127.0.0.1', '::1', 'graph.example.org'],
      writesPerMinute: 1000,
      cypherPerMinute: 3,
    },
  });
  port = api.port;
});

after(() => api.stop());

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** node:http rather than fetch, which will not send a Host header of our choosing. */
function send(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: unknown,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: {
          host: `localhost:${port}`,
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          const json = (res.headers['content-type'] ?? '').includes('json');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: json ? JSON.parse(text) : text,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function errorCode(reply: Reply): string | undefined {
  return (reply.body as { error?: { code?: string } }).error?.code;
}

describe('write endpoints need the token', () => {
  test('an upload without a token, or with a wrong one, is refused and changes nothing', async () => {
    const none = await send('POST', '/api/documents', {}, { documents: [DOCUMENT] });
    assert.equal(none.status, 401);
    assert.equal(errorCode(none), 'unauthorized');
    assert.match(String(none.headers['www-authenticate']), /^Bearer/);
    const wrong = await send(
      'POST',
      '/api/documents',
      { authorization: 'Bearer correct-horse-battery-stapler' },
      { documents: [DOCUMENT] },
    );
    assert.equal(wrong.status, 401);
    const listed = await send('GET', '/api/documents');
    assert.deepEqual((listed.body as { documents: unknown[] }).documents, []);
  });

  test('with the token the upload lands and the delete needs it too', async () => {
    const landed = await send(
      'POST',
      '/api/documents',
      { authorization: `Bearer ${TOKEN}` },
      { documents: [DOCUMENT] },
    );
    assert.equal(landed.status, 200, JSON.stringify(landed.body));
    const listed = await send('GET', '/api/documents');
    const [document] = (listed.body as { documents: Array<{ id: string }> }).documents;
    assert.ok(document, 'reads need no token');
    const refused = await send('DELETE', `/api/documents/${document.id}`);
    assert.equal(refused.status, 401);
    const deleted = await send('DELETE', `/api/documents/${document.id}`, {
      authorization: `bearer ${TOKEN}`,
    });
    assert.equal(deleted.status, 200, JSON.stringify(deleted.body));
  });
});

describe('Host allow-list', () => {
  test('loopback names and configured names pass; any other name is refused', async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'graph.example.org']) {
      const reply = await send('GET', '/api/health', { host });
      assert.equal(reply.status, 200, host);
    }
    for (const host of [
      `rebind.attacker.example:${port}`,
      'localhost.attacker.example',
      '127.0.0.1.nip.io',
    ]) {
      const reply = await send('GET', '/api/health', { host });
      assert.equal(reply.status, 421, `host '${host}'`);
      assert.equal(errorCode(reply), 'host-not-allowed');
    }
    // The explorer's pages too, not only the API.
    assert.equal((await send('GET', '/', { host: 'rebind.attacker.example' })).status, 421);
  });

  test('Host headers are read with ports and IPv6 brackets', () => {
    assert.equal(hostOfHeader('LocalHost:3000'), 'localhost');
    assert.equal(hostOfHeader('[::1]:3000'), '::1');
    assert.equal(hostOfHeader('example.org.'), 'example.org');
    assert.deepEqual(
      securityFromEnvironment({ EVIGRAPH_ALLOWED_HOSTS: ' Graph.Example.org, 10.0.0.5 ' }, '0.0.0.0')
        .allowedHosts,
      ['localhost', '127.0.0.1', '::1', 'graph.example.org', '10.0.0.5'],
    );
    assert.ok(securityFromEnvironment({}, '192.168.1.20').allowedHosts.includes('192.168.1.20'));
  });
});

describe('headers and limits', () => {
  test('responses carry a content security policy and no framing', async () => {
    const reply = await send('GET', '/api/health');
    const policy = String(reply.headers['content-security-policy']);
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /script-src 'self'(;|$)/);
    assert.match(policy, /frame-ancestors 'none'/);
    assert.doesNotMatch(policy, /upgrade-insecure-requests/);
    assert.equal(reply.headers['x-content-type-options'], 'nosniff');
  });

  test('Cypher requests beyond the per-minute limit get 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await send('POST', '/api/cypher', {}, { query: 'RETURN 1 AS one' })).status);
    }
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    const limited = await send('POST', '/api/cypher', {}, { query: 'RETURN 1 AS one' });
    assert.equal(errorCode(limited), 'rate-limited');
  });
});

describe('listening beyond loopback', () => {
  test('needs a token, unless the port is published on loopback only', () => {
    assert.throws(() => assertSafeListen('0.0.0.0', undefined), /EVIGRAPH_TOKEN/);
    assert.throws(() => assertSafeListen('192.168.1.20', ''), /without a token/);
    assert.throws(() => assertSafeListen('0.0.0.0', undefined, '0.0.0.0'), /without a token/);
    assert.doesNotThrow(() => assertSafeListen('0.0.0.0', 'a-token'));
    assert.doesNotThrow(() => assertSafeListen('127.0.0.1', undefined));
    assert.doesNotThrow(() => assertSafeListen('::1', undefined));
    assert.doesNotThrow(() => assertSafeListen('0.0.0.0', undefined, '127.0.0.1'));
  });

  test('`evigraph serve --host 0.0.0.0` without a token exits with the reason', () => {
    const environment = { ...process.env };
    delete environment.EVIGRAPH_TOKEN;
    delete environment.EVIGRAPH_PUBLISHED_HOST;
    const result = spawnSync(
      process.execPath,
      [BIN, 'serve', '--store', `kuzu:${join(api.dir, 'refused')}`, '--host', '0.0.0.0', '--port', '0'],
      { encoding: 'utf8', env: environment, timeout: 60_000 },
    );
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /refusing to listen on 0\.0\.0\.0 without a token/);
  });
});
