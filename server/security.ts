/**
 * What makes the server safe to reach from a network: a bearer token on the endpoints that
 * change the graph, a `Host` allow-list against DNS rebinding (a page on another site whose
 * name resolves to this machine would otherwise read and write here), security headers with
 * a content security policy, and rate limits on the costly endpoints.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { ApiError } from './api-error.ts';

export interface SecurityOptions {
  /** When set, writes need `Authorization: Bearer <token>`. */
  token?: string;
  /** Host names (or addresses) requests may be addressed to; loopback names by default. */
  allowedHosts: readonly string[];
  /** Requests per minute and client address. */
  writesPerMinute: number;
  cypherPerMinute: number;
}

export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '::1'];

export const DEFAULT_SECURITY: SecurityOptions = {
  allowedHosts: LOOPBACK_HOSTS,
  writesPerMinute: 60,
  cypherPerMinute: 120,
};

/**
 * The options `evigraph serve` takes from its environment: `EVIGRAPH_TOKEN` and
 * `EVIGRAPH_ALLOWED_HOSTS` (comma-separated, added to the loopback names). A server bound to
 * one address also answers to that address.
 */
export function securityFromEnvironment(
  environment: NodeJS.ProcessEnv,
  listenHost: string,
): Pick<SecurityOptions, 'token' | 'allowedHosts'> {
  const token = environment.EVIGRAPH_TOKEN?.trim();
  const added = (environment.EVIGRAPH_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((host) => normalizeHost(host))
    .filter((host) => host !== '');
  const bound = isWildcard(listenHost) ? [] : [normalizeHost(listenHost)];
  return {
    ...(token ? { token } : {}),
    allowedHosts: [...new Set([...LOOPBACK_HOSTS, ...bound, ...added])],
  };
}

export class UnsafeListenError extends Error {
  override name = 'UnsafeListenError';
}

/**
 * Anyone who reaches a non-loopback address could write and delete: refuse to listen there
 * without a token. `publishedHost` is where the outside world reaches the server when that
 * differs from where it listens: a container listens on every interface of its own network,
 * but compose may publish its port on the host's loopback only.
 */
export function assertSafeListen(host: string, token: string | undefined, publishedHost?: string): void {
  const reachable = publishedHost?.trim() || host;
  if (token || isLoopback(reachable)) return;
  throw new UnsafeListenError(
    `refusing to listen on ${reachable} without a token: anyone who reaches it could change the graph. ` +
      'Set EVIGRAPH_TOKEN (clients then send "Authorization: Bearer <token>" to write), ' +
      'or listen on 127.0.0.1',
  );
}

export function isLoopback(host: string): boolean {
  const name = normalizeHost(host);
  return name === 'localhost' || name === '::1' || /^(?:::ffff:)?127\.\d+\.\d+\.\d+$/.test(name);
}

function isWildcard(host: string): boolean {
  const name = normalizeHost(host);
  return name === '0.0.0.0' || name === '::' || name === '';
}

/** Lower case, without brackets around an IPv6 address or a trailing dot. */
function normalizeHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
}

/** The host name of a `Host` header: `name`, `name:port`, `[v6]` or `[v6]:port`. */
export function hostOfHeader(header: string): string {
  const bracketed = /^\[([^\]]*)\](?::\d*)?$/.exec(header);
  if (bracketed) return normalizeHost(bracketed[1] ?? '');
  return normalizeHost(header.replace(/:\d*$/, ''));
}

export function hostAllowList(allowedHosts: readonly string[]): RequestHandler {
  const allowed = new Set(allowedHosts.map(normalizeHost));
  return (req, _res, next) => {
    const header = req.get('host');
    if (header !== undefined && allowed.has(hostOfHeader(header))) {
      next();
      return;
    }
    next(
      new ApiError(
        421,
        'host-not-allowed',
        `this server does not answer to host "${header ?? ''}"; ` +
          'add it to EVIGRAPH_ALLOWED_HOSTS (comma-separated) to allow it',
      ),
    );
  };
}

/** Writes pass only with the token; compared in constant time. */
export function requireToken(token: string | undefined): RequestHandler {
  if (!token) return (_req, _res, next) => next();
  const expected = digest(token);
  return (req, res, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    if (match?.[1] !== undefined && timingSafeEqual(digest(match[1]), expected)) {
      next();
      return;
    }
    res.set('WWW-Authenticate', 'Bearer realm="evigraph"');
    next(
      new ApiError(
        401,
        'unauthorized',
        'this server needs a token to change the graph: send "Authorization: Bearer <EVIGRAPH_TOKEN>"',
      ),
    );
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/**
 * Helmet's headers with a policy the explorer runs under: its own scripts and styles, the
 * layout's web worker (a blob: URL), the inline favicon, API calls to this origin only.
 * No upgrade to https: the server speaks plain HTTP (a proxy in front adds TLS).
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: false,
  });
}

export function rateLimiter(perMinute: number, what: string): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => {
      next(
        new ApiError(
          429,
          'rate-limited',
          `too many ${what} requests: at most ${perMinute} a minute from one address; try again shortly`,
        ),
      );
    },
  });
}
