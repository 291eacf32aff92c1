// Which X-Forwarded-* entry to believe: the ones our own proxies appended, counted from the right.
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config";
import type { AppEnv } from "./env";
import { clientAddress, forwardedEntry, forwardedValue } from "./proxy";

describe("clientAddress", () => {
  it.each([
    [
      "one proxy: the entry it appended, not the client's made-up one",
      "10.0.0.1, 203.0.113.7",
      1,
      "203.0.113.7",
    ],
    ["one proxy, nothing made up", "203.0.113.7", 1, "203.0.113.7"],
    ["one proxy, a long made-up chain", "1.1.1.1, 2.2.2.2,3.3.3.3 , 203.0.113.7", 1, "203.0.113.7"],
    ["two proxies: the entry the outer one appended", "10.0.0.1, 203.0.113.7, 192.168.0.2", 2, "203.0.113.7"],
    ["two proxies, nothing made up", "203.0.113.7, 192.168.0.2", 2, "203.0.113.7"],
    ["IPv6", "10.0.0.1, 2001:db8::7", 1, "2001:db8::7"],
  ])("%s", (_, header, hops, expected) => {
    expect(clientAddress(header, hops, "192.168.0.1")).toBe(expected);
  });

  it.each([
    ["no proxy trusted: the header is the client's", "203.0.113.7", 0],
    ["no header", undefined, 1],
    ["an empty header", "", 1],
    ["fewer entries than proxies", "203.0.113.7", 2],
    ["an empty entry where the proxy's should be", "203.0.113.7, ", 1],
  ])("falls back to the socket address with %s", (_, header, hops) => {
    expect(clientAddress(header, hops, "192.168.0.1")).toBe("192.168.0.1");
  });

  it("says unknown without header and socket (app.request() in tests)", () => {
    expect(clientAddress(undefined, 1, undefined)).toBe("unknown");
  });
});

describe("forwardedEntry", () => {
  it("counts from the right and trims", () => {
    expect(forwardedEntry("https, http", 1)).toBe("http");
    expect(forwardedEntry(" https , http", 2)).toBe("https");
    expect(forwardedEntry("https", 2)).toBeUndefined();
  });
});

describe("forwardedValue", () => {
  async function protoSeen(trustProxy: string, header: string) {
    const app = new Hono<AppEnv>();
    app.get("/", (c) => {
      c.set("config", loadConfig({ TRUST_PROXY: trustProxy }));
      return c.text(forwardedValue(c, "x-forwarded-proto") ?? "(none)");
    });
    return (await app.request("/", { headers: { "x-forwarded-proto": header } })).text();
  }

  it("believes X-Forwarded-Proto only behind a trusted proxy, and takes the proxy's entry", async () => {
    expect(await protoSeen("0", "https")).toBe("(none)");
    expect(await protoSeen("1", "https")).toBe("https");
    expect(await protoSeen("1", "https, http")).toBe("http");
    expect(await protoSeen("2", "http, https, http")).toBe("https");
    // Proxies that overwrite instead of appending leave one value, written by one of ours.
    expect(await protoSeen("2", "https")).toBe("https");
  });
});
