import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkVapid } from "../../testing/push-endpoint";
import { createVapidSigner, generateVapidKeys, loadVapidKeys } from "./vapid";

const jwtOf = (authorization: string) => {
  const jwt = /t=([^,]+)/.exec(authorization)?.[1] ?? "";
  const claims: unknown = JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString());
  return { jwt, claims };
};

describe("VAPID keys", () => {
  it("are generated once into DATA_DIR/vapid.json, readable only by the owner", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "vapid-"));
    const first = loadVapidKeys({ dataDir, vapidKeys: undefined });
    expect(first.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(Buffer.from(first.publicKey, "base64url")).toHaveLength(65);
    expect(Buffer.from(first.privateKey, "base64url")).toHaveLength(32);
    expect(statSync(join(dataDir, "vapid.json")).mode & 0o777).toBe(0o600);
    expect(loadVapidKeys({ dataDir, vapidKeys: undefined })).toEqual(first);
  });

  it("come from the environment when given", () => {
    const keys = generateVapidKeys();
    expect(loadVapidKeys({ dataDir: "/nonexistent", vapidKeys: keys })).toBe(keys);
  });
});

describe("VAPID signer (RFC 8292)", () => {
  it("signs a JWT a push service accepts, once per audience until it nears expiry", () => {
    let now = Date.parse("2025-03-01T10:00:00Z");
    const signer = createVapidSigner(generateVapidKeys(), "mailto:push@delmenhorst.de", () => now);
    const fcm = "https://fcm.googleapis.com";
    const first = signer.authorization(fcm);
    expect(first).toMatch(new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${signer.publicKey}$`));
    expect(jwtOf(first).claims).toEqual({
      aud: fcm,
      exp: now / 1000 + 12 * 3600,
      sub: "mailto:push@delmenhorst.de",
    });

    now += 10 * 3600_000; // 2 h left: reused
    expect(signer.authorization(fcm)).toBe(first);
    const mozilla = signer.authorization("https://updates.push.services.mozilla.com");
    expect(jwtOf(mozilla).claims).toMatchObject({ aud: "https://updates.push.services.mozilla.com" });

    now += 1.5 * 3600_000; // 30 min left: a new one
    const renewed = signer.authorization(fcm);
    expect(renewed).not.toBe(first);
    expect(jwtOf(renewed).claims).toMatchObject({ exp: now / 1000 + 12 * 3600 });
  });

  it("verifies with the public key it names", () => {
    const signer = createVapidSigner(generateVapidKeys(), "https://delmenhorst.de");
    const origin = "https://push.example";
    expect(checkVapid(signer.authorization(origin), origin)).toMatchObject({ aud: origin });
    expect(() => checkVapid(signer.authorization(origin), "https://other.example")).toThrow(/aud/);
  });
});
