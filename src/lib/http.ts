// Talks to the API. Failures become ApiError with the server's problem code, or NetworkError.
import { isProblemCode, type ProblemCode } from "./contract/problem-codes";

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** The request never got an answer: offline, DNS, connection dropped. */
export class NetworkError extends Error {}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    message: string,
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

export async function send(fetchImpl: Fetch, url: string, init: RequestInit = {}): Promise<Response> {
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

async function apiErrorOf(response: Response): Promise<ApiError> {
  try {
    const problem: unknown = await response.json();
    if (typeof problem === "object" && problem !== null && "code" in problem && isProblemCode(problem.code)) {
      const title = "title" in problem && typeof problem.title === "string" ? problem.title : problem.code;
      return new ApiError(response.status, problem.code, title);
    }
  } catch {
    // Not problem+json: a proxy's error page, for instance.
  }
  const code: ProblemCode = response.status === 404 ? "not_found" : "internal_error";
  return new ApiError(response.status, code, `HTTP ${response.status}`);
}
