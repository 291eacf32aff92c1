// Password hashing is the one expensive thing a stranger can make the server do. These tests watch
// the real argon2 calls: links are checked before any hashing, and only a few hashes run at once.
import type * as Argon2 from "@node-rs/argon2";
import { hash } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { problemSchema } from "../../../src/lib/contract/problem";
import { createAccount } from "../../testing/accounts";
import { createTestApp, databaseKind, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { firstAdminLink } from "./first-admin";
import { ARGON2_BOUND, hashPassword } from "./passwords";

// The real library, with a spy on every hash: counted and checked for how many run at once.
let running = 0;
let mostRunning = 0;
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof Argon2>();
  return {
    ...real,
    hash: vi.fn(async (...args: Parameters<typeof real.hash>) => {
      mostRunning = Math.max(mostRunning, ++running);
      try {
        return await real.hash(...args);
      } finally {
        running--;
      }
    }),
  };
});

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp({ TRUST_PROXY: "1" });
  vi.mocked(hash).mockClear();
  mostRunning = 0;
});

afterEach(async () => {
  await t.close();
});

const FLOODER = { "x-forwarded-for": "203.0.113.66" };
const forgedToken = () => randomBytes(32).toString("base64url");

describe(`forged one-time links (${databaseKind})`, () => {
  it("answers a flood of forged password-reset links with 4xx and hashes no password for them", async () => {
    const flooder = new TestClient(t);
    const answers = await Promise.all(
      Array.from({ length: 200 }, () =>
        flooder.json(
          "POST",
          "/api/auth/password-reset/confirm",
          { token: forgedToken(), password: "ein langes Passwort" },
          FLOODER,
        ),
      ),
    );

    const codes = answers.map((a) => `${a.status} ${problemSchema.parse(a.body).code}`);
    expect(new Set(codes)).toEqual(new Set(["400 link_invalid", "429 rate_limited"]));
    expect(codes.filter((c) => c === "400 link_invalid").length).toBeLessThanOrEqual(10);
    expect(hash).not.toHaveBeenCalled();

    // The owner of a real link, elsewhere, is not held up by the flood.
    await createAccount(t, { role: "citizen", email: "erika@example.org" });
    await new TestClient(t).json("POST", "/api/auth/password-reset", { email: "erika@example.org" });
    const token = /token=([\w-]+)/.exec(t.mails[0]?.text ?? "")?.[1] ?? "";
    vi.mocked(hash).mockClear();
    const res = await new TestClient(t).json(
      "POST",
      "/api/auth/password-reset/confirm",
      { token, password: "ein ganz neues Passwort" },
      { "x-forwarded-for": "198.51.100.20" },
    );
    expect(res.status).toBe(204);
    expect(hash).toHaveBeenCalledTimes(1);
  });

  it("answers a flood of forged admin-setup links with 4xx and hashes no password for them", async () => {
    const flooder = new TestClient(t);
    const answers = await Promise.all(
      Array.from({ length: 200 }, () =>
        flooder.json(
          "POST",
          "/api/auth/admin-setup",
          {
            token: forgedToken(),
            email: "admin@example.org",
            password: "ein sicheres Admin-Passwort",
            givenName: "Ada",
            familyName: "Admin",
          },
          FLOODER,
        ),
      ),
    );

    const codes = new Set(answers.map((a) => `${a.status} ${problemSchema.parse(a.body).code}`));
    expect(codes).toEqual(new Set(["400 link_invalid", "429 rate_limited"]));
    expect(hash).not.toHaveBeenCalled();
  });

  it("hashes nothing for the admin-setup link once an admin exists", async () => {
    const link = new URL((await firstAdminLink(t.db, t.config.appOrigin)) ?? "");
    const body = {
      token: link.searchParams.get("token") ?? "",
      email: "admin@example.org",
      password: "ein sicheres Admin-Passwort",
      givenName: "Ada",
      familyName: "Admin",
    };
    await createAccount(t, { role: "admin" });
    vi.mocked(hash).mockClear();

    const res = await new TestClient(t).json("POST", "/api/auth/admin-setup", body);

    expect(res.status).toBe(409);
    expect(hash).not.toHaveBeenCalled();
  });
});

describe("the bound on argon2 work", () => {
  it("runs only a few hashes at once and turns away what does not fit in line with 503", async () => {
    const total = ARGON2_BOUND.running + ARGON2_BOUND.waiting + 10;
    const results = await Promise.allSettled(
      Array.from({ length: total }, () => hashPassword("ein langes Passwort")),
    );

    expect(mostRunning).toBe(ARGON2_BOUND.running);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(
      ARGON2_BOUND.running + ARGON2_BOUND.waiting,
    );
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(refused).toHaveLength(10);
    for (const error of refused) {
      expect(error).toMatchObject({ status: 503, code: "server_busy", headers: { "Retry-After": "1" } });
    }
    // Once the line is empty, hashing works again.
    await expect(hashPassword("ein langes Passwort")).resolves.toMatch(/^\$argon2id\$/);
  });
});
