/**
 * The explorer's only way to the data: typed calls to the HTTP API. Errors come back as
 * `{ error: { code, message } }`; they are rethrown as ApiError so panels can show them.
 */
import type {
  CypherResponse,
  EdgeDetailsResponse,
  EntityDetailsResponse,
  GraphFragment,
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
}

function isErrorBody(body: unknown): body is { error: { code?: unknown; message?: unknown } } {
  return typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'object';
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, ...init });
  } catch (cause) {
    throw new ApiError('network', cause instanceof Error ? cause.message : String(cause), 0);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (isErrorBody(body) && body.error !== null) {
      const { code, message } = body.error;
      throw new ApiError(
        String(code ?? response.status),
        String(message ?? response.statusText),
        response.status,
      );
    }
    throw new ApiError(String(response.status), response.statusText || 'request failed', response.status);
  }
  return body as T;
}

const enc = encodeURIComponent;

export const api = {
  schema: () => request<SchemaResponse>('/api/schema'),
  stats: () => request<StatsResponse>('/api/stats'),
  overview: (limit: number) => request<GraphFragment>(`/api/graph?limit=${limit}`),
  search: async (query: string, limit: number, signal?: AbortSignal) =>
    (await request<{ results: SearchResult[] }>(`/api/search?q=${enc(query)}&limit=${limit}`, { signal }))
      .results,
  entity: (id: string) => request<EntityDetailsResponse>(`/api/entities/${enc(id)}`),
  neighbors: (id: string, limit: number) =>
    request<GraphFragment>(`/api/entities/${enc(id)}/neighbors?limit=${limit}`),
  edge: (id: string) => request<EdgeDetailsResponse>(`/api/edges/${enc(id)}`),
  cypher: (query: string) =>
    request<CypherResponse>('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query }),
    }),
};
