// A browser stand-in for server tests: keeps cookies, sends the app's Origin and the CSRF token on
// state-changing requests, the way the app's own http client does (src/lib/http.ts).
import { sessionInfoSchema } from "../../src/lib/contract/account";
import type { TestApp } from "./test-app";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

export class TestClient {
  readonly cookies = new Map<string, string>();
  private csrf: Promise<string> | undefined;

  constructor(
    private readonly server: Pick<TestApp, "app" | "config">,
    readonly origin = server.config.appOrigin,
  ) {}

  /** Like fetch: cookies in and out; Origin and X-CSRF-Token added unless the caller set them. */
  fetch = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const method = (init.method ?? "GET").toUpperCase();
    const headers = new Headers(init.headers);
    if (!SAFE.has(method)) {
      if (!headers.has("origin")) headers.set("origin", this.origin);
      // First: fetching the token may give this client its anonymous cookie.
      if (!headers.has("x-csrf-token")) headers.set("x-csrf-token", await this.csrfToken());
    }
    if (this.cookies.size && !headers.has("cookie")) {
      headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    }
    const response = await this.server.app.request(path, { ...init, headers });
    this.remember(response);
    return response;
  };

  /** One token request at a time: concurrent requests share it (and the anonymous cookie it brings). */
  csrfToken(): Promise<string> {
    this.csrf ??= (async () => {
      const response = await this.server.app.request("/api/auth/session", {
        headers: { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
      });
      this.remember(response);
      return sessionInfoSchema.parse(await response.json()).csrfToken;
    })();
    return this.csrf;
  }

  async json<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const response = await this.fetch(path, {
      method,
      headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: (text ? JSON.parse(text) : null) as T,
    };
  }

  private remember(response: Response) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      const expired = /max-age=0/i.test(cookie) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
      // A new session (sign-in, sign-out) means a new CSRF token.
      if (name.endsWith("session")) this.csrf = undefined;
    }
  }
}
