// Talks to the API. Failures become ApiError with the server's problem code, or NetworkError.
import { isProblemCode, type ProblemCode } from "./contract/problem-codes";

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** The request never got an answer: offline, DNS, connection dropped. */
export class NetworkError extends Error {}

/** One fault the server named in a refused request (problem+json `errors`: a field's path and why). */
export type ProblemFault = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    message: string,
    readonly faults: ProblemFault[] = [],
  ) {
    super(message);
  }

  /** Worth trying again later: the server or the load, not the request, was the problem. */
  get retryable(): boolean {
    return this.status >= 500 || this.status === 429 || this.code === "request_in_progress";
  }
}

/** A request that hangs on a bad connection must not block the sync or the outbox forever. */
const TIMEOUT_MS = 20_000;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// The server binds the CSRF token to this browser's session (server/http/csrf.ts). One token per
// context (page, service worker); a refused token is fetched anew once.
let csrfToken: Promise<string> | undefined;

/** Call after sign-in or sign-out (the token belongs to the session), or with the token the server gave. */
export function resetCsrfToken(token?: string): void {
  csrfToken = token ? Promise.resolve(token) : undefined;
}

function currentCsrfToken(fetchImpl: Fetch): Promise<string> {
  csrfToken ??= (async () => {
    const response = await send(fetchImpl, "/api/auth/session", { headers: { Accept: "application/json" } });
    const body: unknown = await response.json();
    if (
      typeof body === "object" &&
      body !== null &&
      "csrfToken" in body &&
      typeof body.csrfToken === "string"
    ) {
      return body.csrfToken;
    }
    throw new ApiError(response.status, "internal_error", "No CSRF token in the session answer");
  })().catch((error: unknown) => {
    csrfToken = undefined;
    throw error;
  });
  return csrfToken;
}

export async function send(fetchImpl: Fetch, url: string, init: RequestInit = {}): Promise<Response> {
  const method = (init.method ?? "GET").toUpperCase();
  if (SAFE_METHODS.has(method)) return sendOnce(fetchImpl, url, init);
  const withToken = async () => {
    const headers = new Headers(init.headers);
    headers.set("X-CSRF-Token", await currentCsrfToken(fetchImpl));
    return sendOnce(fetchImpl, url, { ...init, headers });
  };
  try {
    return await withToken();
  } catch (error) {
    // The session changed in another tab or in the worker: fetch the new token and try once more.
    if (!(error instanceof ApiError) || error.code !== "csrf_failed") throw error;
    resetCsrfToken();
    return withToken();
  }
}

async function sendOnce(fetchImpl: Fetch, url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    const signal = init.signal ?? AbortSignal.timeout(TIMEOUT_MS);
    response = await fetchImpl(url, { credentials: "same-origin", ...init, signal });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
  if (response.ok || response.status === 304) return response;
  throw await apiErrorOf(response);
}

const isFault = (value: unknown): value is ProblemFault =>
  typeof value === "object" &&
  value !== null &&
  "path" in value &&
  typeof value.path === "string" &&
  "message" in value &&
  typeof value.message === "string";

async function apiErrorOf(response: Response): Promise<ApiError> {
  try {
    const problem: unknown = await response.json();
    if (typeof problem === "object" && problem !== null && "code" in problem && isProblemCode(problem.code)) {
      const title = "title" in problem && typeof problem.title === "string" ? problem.title : problem.code;
      const errors = "errors" in problem && Array.isArray(problem.errors) ? problem.errors : [];
      return new ApiError(response.status, problem.code, title, errors.filter(isFault));
    }
  } catch {
    // Not problem+json: a proxy's error page, for instance.
  }
  const code: ProblemCode = response.status === 404 ? "not_found" : "internal_error";
  return new ApiError(response.status, code, `HTTP ${response.status}`);
}
