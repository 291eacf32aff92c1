// The pieces the council pages and the service worker share about offline files: which addresses are
// council files, which answers are kept, and which files a device holds (a Cache Storage stand-in).
import { describe, expect, it } from "vitest";
import {
  COUNCIL_FILES_CACHE,
  councilFileIdOf,
  councilFileUrl,
  keepsCouncilFile,
  offlineCouncilFileIds,
} from "./offline-files";

const origin = "https://app.example";

describe("council file addresses", () => {
  it("round-trips an id and refuses other addresses", () => {
    const url = new URL(councilFileUrl("Ab3_-x"), origin);
    expect(url.pathname).toBe("/api/council/files/Ab3_-x");
    expect(councilFileIdOf(url, origin)).toBe("Ab3_-x");
    expect(
      councilFileIdOf(new URL("/api/council/files/Ab3", "https://other.example"), origin),
    ).toBeUndefined();
    expect(councilFileIdOf(new URL("/api/council/search?q=x", origin), origin)).toBeUndefined();
    expect(councilFileIdOf(new URL("/api/council/files/a%2Fb", origin), origin)).toBeUndefined();
  });
});

describe("keepsCouncilFile", () => {
  it("keeps whole public answers only", () => {
    const answer = (status: number, cacheControl: string) =>
      new Response(status === 304 ? null : "x", { status, headers: { "Cache-Control": cacheControl } });
    expect(keepsCouncilFile(answer(200, "public, max-age=86400"))).toBe(true);
    expect(keepsCouncilFile(answer(206, "public, max-age=86400"))).toBe(false);
    expect(keepsCouncilFile(answer(502, "public"))).toBe(false);
    expect(keepsCouncilFile(answer(200, "private, no-store"))).toBe(false);
  });
});

describe("offlineCouncilFileIds", () => {
  /** A Cache Storage holding one cache with the given addresses. */
  const storage = (name: string, urls: string[]) =>
    ({
      has: async (n: string) => n === name,
      open: async () => ({ keys: async () => urls.map((u) => new Request(u)) }),
    }) as unknown as CacheStorage;

  it("lists the ids of the files kept", async () => {
    const ids = await offlineCouncilFileIds(
      storage(COUNCIL_FILES_CACHE, [`${origin}/api/council/files/abc`, `${origin}/api/council/files/def`]),
    );
    expect([...ids].sort()).toEqual(["abc", "def"]);
  });

  it("is empty without the cache or without Cache Storage", async () => {
    expect(await offlineCouncilFileIds(storage("other", [`${origin}/api/council/files/abc`]))).toEqual(
      new Set(),
    );
    expect(await offlineCouncilFileIds(null)).toEqual(new Set());
  });
});
