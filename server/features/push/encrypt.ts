// Message encryption for Web Push: RFC 8291 key derivation on top of RFC 8188 "aes128gcm" content
// coding. Pure functions, so that crypto-worker.ts can run them off the main thread.
import { createCipheriv, createECDH, createHmac, randomBytes, type ECDH } from "node:crypto";

/** RFC 8291 §4: one record of 4096 octets; push services must accept at least this much. */
export const RECORD_SIZE = 4096;
const HEADER_LENGTH = 16 + 4 + 1 + 65;
const TAG_LENGTH = 16;
/** The largest plaintext that fits one record: 4096 − header − tag − padding delimiter = 3993. */
export const MAX_PLAINTEXT = RECORD_SIZE - HEADER_LENGTH - TAG_LENGTH - 1;

const KEY_INFO = Buffer.from("WebPush: info\0");
const CEK_INFO = Buffer.from("Content-Encoding: aes128gcm\0\x01");
const NONCE_INFO = Buffer.from("Content-Encoding: nonce\0\x01");
const ONE = Buffer.of(1);

let senderKeys: ECDH | undefined;

export type EncryptInput = {
  plaintext: Uint8Array;
  /** The subscription's keys.p256dh and keys.auth, base64url. */
  p256dh: string;
  auth: string;
};

/** For the RFC test vector only: fixed salt and sender key instead of fresh random ones. */
export type EncryptFixture = { salt: Uint8Array; senderPrivateKey: Uint8Array };

const hmac = (key: Uint8Array, ...data: Uint8Array[]) => {
  const h = createHmac("sha256", key);
  for (const part of data) h.update(part);
  return h.digest();
};

/** RFC 8291 §3.4 then RFC 8188 §2.2/2.3: the content encryption key and nonce of the message. */
export function deriveKeyAndNonce(
  ecdhSecret: Uint8Array,
  authSecret: Uint8Array,
  uaPublic: Uint8Array,
  asPublic: Uint8Array,
  salt: Uint8Array,
): { key: Buffer; nonce: Buffer } {
  // HKDF with one output block each: extract = HMAC(salt, ikm), expand = HMAC(prk, info || 0x01).
  const prkKey = hmac(authSecret, ecdhSecret);
  const ikm = hmac(prkKey, KEY_INFO, uaPublic, asPublic, ONE);
  const prk = hmac(salt, ikm);
  return { key: hmac(prk, CEK_INFO).subarray(0, 16), nonce: hmac(prk, NONCE_INFO).subarray(0, 12) };
}

/**
 * Encrypts one push message: a fresh ephemeral key pair per message (RFC 8291 §3.1), one record
 * with the delimiter 0x02 (last record) and no further padding. Returns the complete request body.
 */
export function encryptPushMessage(input: EncryptInput, fixture?: EncryptFixture): Buffer {
  if (input.plaintext.length > MAX_PLAINTEXT) {
    throw new RangeError(`push payload of ${input.plaintext.length} bytes exceeds ${MAX_PLAINTEXT}`);
  }
  const uaPublic = Buffer.from(input.p256dh, "base64url");
  const authSecret = Buffer.from(input.auth, "base64url");
  // One ECDH object per thread, with a fresh key pair for every message: creating the object costs
  // as much as generating the key.
  const ecdh = (senderKeys ??= createECDH("prime256v1"));
  if (fixture) ecdh.setPrivateKey(fixture.senderPrivateKey);
  else ecdh.generateKeys();
  const asPublic = ecdh.getPublicKey();
  const ecdhSecret = ecdh.computeSecret(uaPublic);
  const salt = fixture?.salt ?? randomBytes(16);
  const { key, nonce } = deriveKeyAndNonce(ecdhSecret, authSecret, uaPublic, asPublic, salt);

  const body = Buffer.alloc(HEADER_LENGTH + input.plaintext.length + 1 + TAG_LENGTH);
  // RFC 8188 §2.1 header: salt(16) || rs(uint32) || idlen(1) || keyid (the sender's public key).
  body.set(salt, 0);
  body.writeUInt32BE(RECORD_SIZE, 16);
  body.writeUInt8(asPublic.length, 20);
  body.set(asPublic, 21);
  const cipher = createCipheriv("aes-128-gcm", key, nonce);
  let offset = HEADER_LENGTH;
  offset += cipher.update(input.plaintext).copy(body, offset);
  offset += cipher.update(Buffer.of(2)).copy(body, offset);
  offset += cipher.final().copy(body, offset);
  cipher.getAuthTag().copy(body, offset);
  return body;
}
