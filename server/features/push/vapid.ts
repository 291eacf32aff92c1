// VAPID (RFC 8292): the application server's P-256 key pair identifies it to push services. The
// keys come from the environment or are generated once into DATA_DIR/vapid.json.
import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Config } from "../../config";
import { makePrivateDir, writePrivateFile } from "../../lib/private-files";

export type VapidKeys = {
  /** Uncompressed P-256 point (65 bytes), base64url: what browsers take as applicationServerKey. */
  publicKey: string;
  /** The private scalar (32 bytes), base64url. */
  privateKey: string;
};

const keysFileSchema = z.object({
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{87}$/),
  privateKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

/** Keys from the environment, else DATA_DIR/vapid.json (written with mode 600 at first start). */
export function loadVapidKeys(config: Pick<Config, "dataDir" | "vapidKeys">): VapidKeys {
  if (config.vapidKeys) return config.vapidKeys;
  const file = join(config.dataDir, "vapid.json");
  const existing = readKeysFile(file);
  if (existing) return existing;
  makePrivateDir(config.dataDir);
  const keys = generateVapidKeys();
  try {
    // "wx": a second process that started at the same moment keeps the first one's keys.
    writePrivateFile(file, JSON.stringify(keys, null, 2), "wx");
    return keys;
  } catch (error) {
    const written = readKeysFile(file);
    if (written) return written;
    throw error;
  }
}

function readKeysFile(file: string): VapidKeys | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const parsed = keysFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file} is not a VAPID key file; delete it to create new keys`);
  return parsed.data;
}

export function generateVapidKeys(): VapidKeys {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const jwk = privateKey.export({ format: "jwk" });
  if (!jwk.x || !jwk.y || !jwk.d) throw new Error("EC key export without coordinates");
  const publicRaw = Buffer.concat([
    Buffer.of(4),
    Buffer.from(jwk.x, "base64url"),
    Buffer.from(jwk.y, "base64url"),
  ]);
  return { publicKey: publicRaw.toString("base64url"), privateKey: jwk.d };
}

/** A KeyObject from the raw base64url form (node:crypto imports EC keys as JWK). */
export function vapidPrivateKeyObject(keys: VapidKeys): KeyObject {
  const point = Buffer.from(keys.publicKey, "base64url");
  if (point.length !== 65 || point[0] !== 4)
    throw new Error("VAPID public key is not an uncompressed P-256 point");
  return createPrivateKey({
    format: "jwk",
    key: {
      kty: "EC",
      crv: "P-256",
      x: point.subarray(1, 33).toString("base64url"),
      y: point.subarray(33).toString("base64url"),
      d: keys.privateKey,
    },
  });
}

/** RFC 8292 §2: the JWT lives at most 24 h; we sign for 12 h and renew when less than 1 h is left. */
const LIFETIME_S = 12 * 3600;
const RENEW_BEFORE_S = 3600;

export type VapidSigner = {
  readonly publicKey: string;
  /** The Authorization header for a push service origin: `vapid t=<jwt>, k=<public key>`. */
  authorization(endpointOrigin: string): string;
};

export function createVapidSigner(
  keys: VapidKeys,
  subject: string,
  now: () => number = Date.now,
): VapidSigner {
  const privateKey = vapidPrivateKeyObject(keys);
  // One signature per push service and 12 h, not one per message: ECDSA costs as much as the encryption.
  const cache = new Map<string, { header: string; exp: number }>();
  const header = Buffer.from(JSON.stringify({ typ: "JWT", alg: "ES256" })).toString("base64url");
  return {
    publicKey: keys.publicKey,
    authorization(endpointOrigin) {
      const seconds = Math.floor(now() / 1000);
      const cached = cache.get(endpointOrigin);
      if (cached && cached.exp - seconds > RENEW_BEFORE_S) return cached.header;
      const exp = seconds + LIFETIME_S;
      const claims = Buffer.from(JSON.stringify({ aud: endpointOrigin, exp, sub: subject })).toString(
        "base64url",
      );
      const input = `${header}.${claims}`;
      // JWS ES256 wants the raw r||s signature (RFC 7518 §3.4), not DER.
      const signature = sign("sha256", Buffer.from(input), { key: privateKey, dsaEncoding: "ieee-p1363" });
      const value = `vapid t=${input}.${signature.toString("base64url")}, k=${keys.publicKey}`;
      cache.set(endpointOrigin, { header: value, exp });
      return value;
    },
  };
}
