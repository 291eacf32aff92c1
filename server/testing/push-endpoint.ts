// A local HTTPS push service for tests and the bench: it plays the browsers' push service and the
// browsers at once. Every message is decrypted with the subscriber's private key (RFC 8291, here
// through node's own HKDF, independent of the server's code) and its VAPID JWT checked (RFC 8292).
// Separate process: node --import tsx server/testing/push-endpoint.ts --port 8443 [--no-verify] [--ca-out ca.pem]
import {
  createDecipheriv,
  createECDH,
  createPublicKey,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  randomUUID,
  sign,
  verify,
  type KeyObject,
} from "node:crypto";
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";

export type ReceivedMessage = {
  payload: unknown;
  headers: { ttl: string; urgency: string; topic: string };
  claims: { aud: string; exp: number; sub: string };
};

export type TestSubscriber = {
  id: string;
  /** What PushSubscription.toJSON() gives the app. */
  endpoint: string;
  keys: { p256dh: string; auth: string };
  privateKey: Buffer;
  received: ReceivedMessage[];
};

export type ScriptedAnswer = { status: number; retryAfter?: number };

export type PushEndpointOptions = {
  port?: number;
  /** Off for the bench: accept every message without decrypting (any /push/<id>). */
  verify?: boolean;
  /** Answer after this many milliseconds (to stop an engine in the middle of a job). */
  delayMs?: number;
};

export type PushEndpoint = {
  origin: string;
  /** The self-signed certificate, for the client's trusted CAs. */
  ca: string;
  createSubscriber(): TestSubscriber;
  /** The next answers for this subscriber, in order; afterwards 201 again. */
  script(subscriberId: string, ...answers: ScriptedAnswer[]): void;
  /** Called after each accepted message (e.g. to stop an engine after N). */
  onMessage: ((subscriber: TestSubscriber | undefined) => void) | undefined;
  counts: { requests: number; accepted: number; scripted: number; invalid: number };
  /** Why messages were refused (bad encryption, JWT, headers): a test expects none. */
  errors: string[];
  close(): Promise<void>;
};

export async function startPushEndpoint(options: PushEndpointOptions = {}): Promise<PushEndpoint> {
  const verifyMessages = options.verify ?? true;
  const { cert, key } = selfSignedCertificate();
  const subscribers = new Map<string, TestSubscriber>();
  const scripts = new Map<string, ScriptedAnswer[]>();
  const counts = { requests: 0, accepted: 0, scripted: 0, invalid: 0 };
  /** Epoch milliseconds of the first and last accepted message (the bench's latency). */
  const times: { firstAcceptedAt: number | null; lastAcceptedAt: number | null } = {
    firstAcceptedAt: null,
    lastAcceptedAt: null,
  };
  const accepted = () => {
    counts.accepted++;
    const now = Date.now();
    times.firstAcceptedAt ??= now;
    times.lastAcceptedAt = now;
  };
  const errors: string[] = [];
  let origin = "";

  const server: Server = createServer({ cert, key, keepAliveTimeout: 60_000 }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const answer = (status: number, headers: Record<string, string> = {}) => {
        const send = () => response.writeHead(status, headers).end();
        if (options.delayMs) setTimeout(send, options.delayMs);
        else send();
      };
      if (request.url === "/stats") {
        // The bench reads the counts and times from its own process; POST starts them anew.
        if (request.method === "POST") {
          Object.assign(counts, { requests: 0, accepted: 0, scripted: 0, invalid: 0 });
          Object.assign(times, { firstAcceptedAt: null, lastAcceptedAt: null });
        }
        response
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ ...counts, ...times }));
        return;
      }
      const id = /^\/push\/([\w-]+)$/.exec(request.url ?? "")?.[1];
      if (request.method !== "POST" || !id) return answer(404);
      counts.requests++;
      const scripted = scripts.get(id)?.shift();
      if (scripted) {
        counts.scripted++;
        const retry: Record<string, string> =
          scripted.retryAfter === undefined ? {} : { "retry-after": String(scripted.retryAfter) };
        return answer(scripted.status, retry);
      }
      if (!verifyMessages) {
        accepted();
        endpoint.onMessage?.(undefined);
        return answer(201);
      }
      const subscriber = subscribers.get(id);
      if (!subscriber) return answer(404);
      try {
        subscriber.received.push(checkMessage(subscriber, origin, request.headers, Buffer.concat(chunks)));
      } catch (error) {
        counts.invalid++;
        errors.push(`${id}: ${error instanceof Error ? error.message : String(error)}`);
        return answer(400);
      }
      accepted();
      endpoint.onMessage?.(subscriber);
      answer(201, { location: `${origin}/message/${randomUUID()}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const address: AddressInfo | string | null = server.address();
  if (!address || typeof address === "string") throw new Error("push endpoint has no port");
  origin = `https://127.0.0.1:${address.port}`;

  const endpoint: PushEndpoint = {
    origin,
    ca: cert,
    counts,
    errors,
    onMessage: undefined,
    createSubscriber() {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const id = randomUUID();
      const subscriber: TestSubscriber = {
        id,
        endpoint: `${origin}/push/${id}`,
        keys: {
          p256dh: ecdh.getPublicKey().toString("base64url"),
          auth: randomBytes(16).toString("base64url"),
        },
        privateKey: ecdh.getPrivateKey(),
        received: [],
      };
      subscribers.set(id, subscriber);
      return subscriber;
    },
    script(subscriberId, ...answers) {
      scripts.set(subscriberId, [...(scripts.get(subscriberId) ?? []), ...answers]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return endpoint;
}

type Headers = Record<string, string | string[] | undefined>;
const header = (headers: Headers, name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

function checkMessage(
  subscriber: TestSubscriber,
  origin: string,
  headers: Headers,
  body: Buffer,
): ReceivedMessage {
  const ttl = header(headers, "ttl");
  const urgency = header(headers, "urgency") ?? "normal";
  const topic = header(headers, "topic") ?? "";
  // RFC 8030 §5.2: TTL is required; §5.3 and §5.4 limit Urgency and Topic.
  if (!ttl || !/^\d+$/.test(ttl)) throw new Error("TTL header missing or not a number");
  if (!["very-low", "low", "normal", "high"].includes(urgency)) throw new Error(`bad Urgency ${urgency}`);
  if (!/^[A-Za-z0-9_-]{0,32}$/.test(topic)) throw new Error(`bad Topic ${topic}`);
  if (header(headers, "content-encoding") !== "aes128gcm")
    throw new Error("Content-Encoding is not aes128gcm");
  const claims = checkVapid(header(headers, "authorization") ?? "", origin);
  const plaintext = decryptPushMessage(body, subscriber);
  return { payload: JSON.parse(plaintext.toString("utf8")), headers: { ttl, urgency, topic }, claims };
}

/** RFC 8292 §2–3: an ES256 JWT for this push service's origin, signed with the key in k=. */
export function checkVapid(authorization: string, origin: string): ReceivedMessage["claims"] {
  const match = /^vapid t=([\w-]+)\.([\w-]+)\.([\w-]+), k=([\w-]+)$/.exec(authorization);
  if (!match) throw new Error(`Authorization is not "vapid t=…, k=…": ${authorization}`);
  const [, head = "", body = "", signature = "", k = ""] = match;
  const point = Buffer.from(k, "base64url");
  const key: KeyObject = createPublicKey({
    format: "jwk",
    key: {
      kty: "EC",
      crv: "P-256",
      x: point.subarray(1, 33).toString("base64url"),
      y: point.subarray(33).toString("base64url"),
    },
  });
  const signed = Buffer.from(`${head}.${body}`);
  const ok = verify(
    "sha256",
    signed,
    { key, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature, "base64url"),
  );
  if (!ok) throw new Error("VAPID JWT signature does not verify");
  const jwtHeader: unknown = JSON.parse(Buffer.from(head, "base64url").toString());
  const claims: unknown = JSON.parse(Buffer.from(body, "base64url").toString());
  if (!isRecord(jwtHeader) || jwtHeader.alg !== "ES256") throw new Error("JWT alg is not ES256");
  if (!isRecord(claims)) throw new Error("JWT claims are not an object");
  const { aud, exp, sub } = claims;
  if (aud !== origin) throw new Error(`JWT aud ${String(aud)} is not ${origin}`);
  const now = Date.now() / 1000;
  if (typeof exp !== "number" || exp <= now || exp > now + 24 * 3600) throw new Error("JWT exp out of range");
  if (typeof sub !== "string" || !/^(mailto:|https:)/.test(sub)) throw new Error("JWT sub missing");
  return { aud, exp, sub };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** RFC 8291 §3.4 with RFC 8188: what a browser does with the request body. */
export function decryptPushMessage(
  body: Buffer,
  subscriber: Pick<TestSubscriber, "keys" | "privateKey">,
): Buffer {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body.readUInt8(20);
  if (idLength !== 65) throw new Error(`keyid of ${idLength} bytes, expected the 65-byte sender key`);
  const asPublic = body.subarray(21, 86);
  const record = body.subarray(86);
  if (record.length > recordSize) throw new Error("more than one record");
  const uaPublic = Buffer.from(subscriber.keys.p256dh, "base64url");
  const ecdh = createECDH("prime256v1");
  ecdh.setPrivateKey(subscriber.privateKey);
  const secret = ecdh.computeSecret(asPublic);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), uaPublic, asPublic]);
  const ikm = Buffer.from(
    hkdfSync("sha256", secret, Buffer.from(subscriber.keys.auth, "base64url"), keyInfo, 32),
  );
  const cek = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
  const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));
  const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  // RFC 8188 §2: trailing zeros are padding; the delimiter of the last record is 0x02.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error("last record without the 0x02 delimiter");
  return padded.subarray(0, end);
}

// ---- A self-signed certificate for 127.0.0.1, DER written by hand (no certificate library needed) ----

function der(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const n = body.length;
  const length = n < 0x80 ? Buffer.of(n) : n < 0x100 ? Buffer.of(0x81, n) : Buffer.of(0x82, n >> 8, n & 0xff);
  return Buffer.concat([Buffer.of(tag), length, body]);
}
const seq = (...content: Buffer[]) => der(0x30, ...content);
const hex = (text: string) => Buffer.from(text.replace(/\s/g, ""), "hex");
const utcTime = (date: Date) =>
  der(0x17, Buffer.from(`${date.toISOString().slice(2, 19).replace(/[-T:]/g, "")}Z`));

function selfSignedCertificate(): { cert: string; key: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const ecdsaWithSha256 = seq(hex("06 08 2a 86 48 ce 3d 04 03 02"));
  const name = seq(der(0x31, seq(hex("06 03 55 04 03"), der(0x0c, Buffer.from("push-endpoint")))));
  const serial = randomBytes(8);
  // A positive INTEGER in its shortest form (DER): a leading 0x00 byte before one below 0x80 is
  // "illegal padding" to OpenSSL, which once in 256 certificates failed the test server's start.
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x40;
  // subjectAltName (2.5.29.17): iPAddress [7] 127.0.0.1 and dNSName [2] localhost.
  const san = seq(der(0x87, Buffer.of(127, 0, 0, 1)), der(0x82, Buffer.from("localhost")));
  const tbs = seq(
    hex("a0 03 02 01 02"), // version v3
    der(0x02, serial),
    ecdsaWithSha256,
    name,
    seq(utcTime(new Date(Date.now() - 3600_000)), utcTime(new Date(Date.now() + 7 * 24 * 3600_000))),
    name,
    publicKey.export({ type: "spki", format: "der" }),
    der(0xa3, seq(seq(hex("06 03 55 1d 11"), der(0x04, san)))),
  );
  const signature = sign("sha256", tbs, privateKey); // DER ECDSA-Sig-Value, as X.509 wants it
  const certificate = seq(tbs, ecdsaWithSha256, der(0x03, Buffer.of(0), signature));
  const pem = certificate.toString("base64").replace(/.{64}/g, "$&\n").trimEnd();
  return {
    cert: `-----BEGIN CERTIFICATE-----\n${pem}\n-----END CERTIFICATE-----\n`,
    key: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
}

export async function main(argv = process.argv.slice(2)): Promise<PushEndpoint> {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const endpoint = await startPushEndpoint({
    port: Number(value("--port") ?? 0),
    verify: !argv.includes("--no-verify"),
  });
  const caOut = value("--ca-out");
  if (caOut) writeFileSync(caOut, endpoint.ca);
  // The bench reads this one line to learn the port (--port 0) and where the CA went.
  process.stdout.write(`${JSON.stringify({ origin: endpoint.origin, caOut: caOut ?? null })}\n`);
  return endpoint;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
