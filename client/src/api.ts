/**
 * The explorer's only way to the data: typed calls to the HTTP API. Errors come back as
 * `{ error: { code, message } }`; they are rethrown as ApiError so panels can show them.
 */
import type {
  CypherResponse,
  DocumentDetailsResponse,
  DocumentSummary,
  EdgeDetailsResponse,
  EntityDetailsResponse,
  EvidenceSearchResult,
  GraphFragment,
  GraphSummaryFragment,
  SchemaResponse,
  SearchResult,
  StatsResponse,
} from './api-types.ts';

export class ApiError extends Error {
  override name = 'ApiError';
  readonly code: string;
  readonly status: number;

  constructor(code: string, message: string, status: number) {
    super(message);
    this.code = code;
    this.status = status;
  }

  /** The server did not answer at all (or a proxy in front of it said it is gone). */
  get unreachable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

type ReachabilityListener = (reachable: boolean) => void;
const reachabilityListeners = new Set<ReachabilityListener>();

/** Told whenever a request finds the server answering or not: one banner, not an error per panel. */
export function onReachabilityChange(listener: ReachabilityListener): void {
  reachabilityListeners.add(listener);
}

function reportReachable(reachable: boolean): void {
  for (const listener of reachabilityListeners) listener(reachable);
}

function isErrorBody(body: unknown): body is { error: { code?: unknown; message?: unknown } } {
  return typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'object';
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, ...init });
  } catch (cause) {
    const aborted = init?.signal?.aborted === true;
    if (!aborted) reportReachable(false);
    throw new ApiError(
      aborted ? 'aborted' : 'network',
      cause instanceof Error ? cause.message : String(cause),
      0,
    );
  }
  const body: unknown = await response.json().catch(() => undefined);
  const error = response.ok ? undefined : toApiError(response, body);
  reportReachable(!error?.unreachable);
  if (error) throw error;
  return body as T;
}

function toApiError(response: Response, body: unknown): ApiError {
  if (isErrorBody(body) && body.error !== null) {
    const { code, message } = body.error;
    return new ApiError(
      String(code ?? response.status),
      String(message ?? response.statusText),
      response.status,
    );
  }
  return new ApiError(String(response.status), response.statusText || 'request failed', response.status);
}

const enc = encodeURIComponent;

interface Page {
  limit?: number;
  offset?: number;
}

function pageQuery({ limit, offset }: Page): string {
  const parts = [
    ...(limit === undefined ? [] : [`limit=${limit}`]),
    ...(offset === undefined ? [] : [`offset=${offset}`]),
  ];
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export const api = {
  health: () => request<{ status: string; store: string }>('/api/health'),
  schema: () => request<SchemaResponse>('/api/schema'),
  stats: () => request<StatsResponse>('/api/stats'),
  // The canvas asks for edges as summaries; an edge's sentences come with api.edge when opened.
  overview: (limit: number) => request<GraphSummaryFragment>(`/api/graph?limit=${limit}&edges=summary`),
  search: async (query: string, limit: number, signal?: AbortSignal, types: readonly string[] = []) =>
    (
      await request<{ results: SearchResult[] }>(
        `/api/search?q=${enc(query)}&limit=${limit}${types.length > 0 ? `&types=${enc(types.join(','))}` : ''}`,
        { signal },
      )
    ).results,
  searchEvidence: async (query: string, limit: number, signal?: AbortSignal) =>
    (
      await request<{ results: EvidenceSearchResult[] }>(
        `/api/search/evidence?q=${enc(query)}&limit=${limit}`,
        {
          signal,
        },
      )
    ).results,
  /** The entity and a page of its relations, claims and documents (`offset` into each). */
  entity: (id: string, page: Page = {}) =>
    request<EntityDetailsResponse>(`/api/entities/${enc(id)}${pageQuery(page)}`),
  neighbors: (id: string, limit: number) =>
    request<GraphSummaryFragment>(`/api/entities/${enc(id)}/neighbors?limit=${limit}&edges=summary`),
  /** The relation and a page of its evidence. */
  edge: (id: string, page: Page = {}) =>
    request<EdgeDetailsResponse>(`/api/edges/${enc(id)}${pageQuery(page)}`),
  documents: async () => (await request<{ documents: DocumentSummary[] }>('/api/documents')).documents,
  document: (id: string) => request<DocumentDetailsResponse>(`/api/documents/${enc(id)}`),
  paths: (from: string, to: string, maxLength: number) =>
    request<GraphSummaryFragment>(
      `/api/paths?from=${enc(from)}&to=${enc(to)}&maxLength=${maxLength}&edges=summary`,
    ),
  /** Entities and relations in full (evidence, documents): what a view's export writes. */
  fragment: (nodes: readonly string[], edges: readonly string[]) =>
    request<GraphFragment>('/api/graph/fragment', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ nodes, edges }),
    }),
  cypher: (query: string) =>
    request<CypherResponse>('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query }),
    }),
};
