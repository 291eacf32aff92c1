// The one API client of the page: every feature's api.ts builds its requests with these. Answers are
// parsed with the contract's schemas (src/lib/contract); send() in ./http underneath adds the CSRF
// token to writes and turns refusals into ApiError (problem+json code) or NetworkError.
import type { z } from "./contract/zod";
import { send } from "./http";

export type WriteMethod = "POST" | "PUT" | "PATCH" | "DELETE";

export type RequestOptions = {
  /** Extra request headers (Idempotency-Key, X-Push-Token ...). */
  headers?: Record<string, string>;
  /** Replaces the transport's 20 s deadline (a large upload, a caller's own deadline). */
  signal?: AbortSignal;
};

/**
 * A 2xx answer that does not fit the contract's schema: a bug on one side, not a refusal. Not an
 * ApiError on purpose: the pages report it as "went wrong" and log it (src/lib/error-key.ts), and it
 * must never count as retryable or as one of the server's problem codes.
 */
export class AnswerMismatchError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    // Paths and expectations only: the answer's values may be personal data.
    const where = issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    super(`Answer of ${url} (HTTP ${status}) does not fit the contract: ${where.join("; ")}`);
  }
}

const ACCEPT_JSON = { Accept: "application/json" };

// no-store: personal and console data must not stay in the browser's HTTP cache of a shared device.
// The server says the same for every /api answer without a header of its own (server/app.ts), so no
// caller relied on HTTP caching; the public, cacheable downloads (tiles, photos) do not come through here.
function request(
  url: string,
  init: { method?: WriteMethod; body?: BodyInit; headers?: Record<string, string> },
  options: RequestOptions,
): Promise<Response> {
  return send(fetch, url, {
    ...init,
    headers: { ...ACCEPT_JSON, ...init.headers, ...options.headers },
    cache: "no-store",
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

async function parseAnswer<T>(response: Response, url: string, schema: z.ZodType<T>): Promise<T> {
  const result = schema.safeParse(await response.json());
  if (!result.success) throw new AnswerMismatchError(url, response.status, result.error.issues);
  return result.data;
}

/** GET a JSON answer, parsed with `schema`. */
export async function getJson<T>(
  url: string,
  schema: z.ZodType<T>,
  options: RequestOptions = {},
): Promise<T> {
  return parseAnswer(await request(url, {}, options), url, schema);
}

/**
 * A write with a JSON body (CSRF token added by send()). With `schema` the answer is parsed with it;
 * without, the answer is not read (204 No Content, or a body the caller has no use for).
 * `body` undefined sends no body at all; the routes behind jsonRequired() refuse a body-less
 * DELETE as of unknown media type (415), so their callers send `{}`.
 */
export function sendJson<T>(
  method: WriteMethod,
  url: string,
  body: unknown,
  schema: z.ZodType<T>,
  options?: RequestOptions,
): Promise<T>;
export function sendJson(
  method: WriteMethod,
  url: string,
  body: unknown,
  schema?: undefined,
  options?: RequestOptions,
): Promise<void>;
export async function sendJson<T>(
  method: WriteMethod,
  url: string,
  body: unknown,
  schema?: z.ZodType<T>,
  options: RequestOptions = {},
): Promise<T | void> {
  const init =
    body === undefined
      ? { method }
      : { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
  const response = await request(url, init, options);
  if (schema) return parseAnswer(response, url, schema);
}

/** POST multipart/form-data (a file upload); the browser sets the Content-Type with its boundary. */
export async function sendForm<T>(
  url: string,
  form: FormData,
  schema: z.ZodType<T>,
  options: RequestOptions = {},
): Promise<T> {
  return parseAnswer(await request(url, { method: "POST", body: form }, options), url, schema);
}

/** GET a file's bytes (a document, an attachment, an export). */
export async function getBlob(url: string, options: RequestOptions = {}): Promise<Blob> {
  const response = await request(url, { headers: { Accept: "*/*" } }, options);
  return response.blob();
}

/** A query string of the defined values, without the leading "?". */
export const query = (params: Record<string, string | number | undefined>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  return search.toString();
};
