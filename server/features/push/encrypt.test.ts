import { createECDH, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptPushMessage } from "../../testing/push-endpoint";
import { createCryptoPool } from "./crypto-pool";
import { encryptPushMessage, MAX_PLAINTEXT } from "./encrypt";

const b64 = (text: string) => Buffer.from(text, "base64url");

// RFC 8291 Appendix A: the document's example keys, salt and result.
const RFC = {
  plaintext: "When I grow up, I want to be a watermelon",
  asPrivate: "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw",
  uaPublic: "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4",
  uaPrivate: "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94",
  salt: "DGv6ra1nlYgDCS1FRnbzlw",
  auth: "BTBZMqHH6r4Tts7J_aSIgg",
  body:
    "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_" +
    "yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN",
};

function browserKeys() {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return {
    keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: randomBytes(16).toString("base64url") },
    privateKey: ecdh.getPrivateKey(),
  };
}

describe("Web Push encryption (RFC 8291)", () => {
  it("produces the RFC 8291 Appendix A message from its keys and salt", () => {
    const body = encryptPushMessage(
      { plaintext: Buffer.from(RFC.plaintext), p256dh: RFC.uaPublic, auth: RFC.auth },
      { salt: b64(RFC.salt), senderPrivateKey: b64(RFC.asPrivate) },
    );
    expect(body.toString("base64url")).toBe(RFC.body);
  });

  it("lets the test push endpoint decrypt the RFC example with the browser's private key", () => {
    const subscriber = { keys: { p256dh: RFC.uaPublic, auth: RFC.auth }, privateKey: b64(RFC.uaPrivate) };
    expect(decryptPushMessage(b64(RFC.body), subscriber).toString()).toBe(RFC.plaintext);
  });

  it("round-trips with a fresh sender key and salt per message", () => {
    const browser = browserKeys();
    const plaintext = Buffer.from(JSON.stringify({ hello: "Delmenhorst", ü: "ß".repeat(1000) }));
    const a = encryptPushMessage({ plaintext, ...browser.keys });
    const b = encryptPushMessage({ plaintext, ...browser.keys });
    expect(a.subarray(0, 86).equals(b.subarray(0, 86))).toBe(false);
    expect(decryptPushMessage(a, browser).equals(plaintext)).toBe(true);
    expect(decryptPushMessage(b, browser).equals(plaintext)).toBe(true);
  });

  it("refuses a payload larger than one 4096-byte record", () => {
    const browser = browserKeys();
    const fits = encryptPushMessage({ plaintext: Buffer.alloc(MAX_PLAINTEXT, 0x41), ...browser.keys });
    expect(fits.length).toBe(4096);
    expect(() => encryptPushMessage({ plaintext: Buffer.alloc(MAX_PLAINTEXT + 1), ...browser.keys })).toThrow(
      RangeError,
    );
  });

  it("encrypts in worker threads with the same result format", async () => {
    const pool = createCryptoPool({ workers: 2, batchSize: 16 });
    try {
      const browsers = Array.from({ length: 40 }, browserKeys);
      const plaintext = Buffer.from("Warnung: Hochwasser an der Delme");
      const bodies = await Promise.all(browsers.map((b) => pool.encrypt({ plaintext, ...b.keys })));
      bodies.forEach((body, i) => {
        const browser = browsers[i];
        if (!browser) throw new Error("missing browser");
        expect(decryptPushMessage(body, browser).toString()).toBe(plaintext.toString());
      });
      await expect(pool.encrypt({ plaintext, p256dh: "AAAA", auth: "AAAA" })).rejects.toThrow();
    } finally {
      await pool.close();
    }
  });
});
