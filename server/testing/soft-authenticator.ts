// A passkey authenticator in software, for server tests of the whole WebAuthn ceremony: it answers
// registration and sign-in options the way a browser's navigator.credentials.create()/get() would
// (WebAuthn Level 3 JSON), with an ES256 key, "none" attestation and discoverable credentials.
import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from "node:crypto";
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from "@simplewebauthn/server";

type Credential = {
  id: Buffer;
  privateKey: KeyObject;
  cose: Buffer;
  rpId: string;
  userHandle: string;
  counter: number;
};

// Authenticator data flags (WebAuthn § 6.1): user present, user verified, attested credential data.
const UP = 0x01;
const UV = 0x04;
const AT = 0x40;

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest();
const b64url = (data: Buffer) => data.toString("base64url");

// ---- The little CBOR (RFC 8949) that attestation objects and COSE keys need ----

type Cbor = number | string | Buffer | Map<string | number, Cbor>;

function head(major: number, length: number): Buffer {
  if (length < 24) return Buffer.from([(major << 5) | length]);
  if (length < 0x100) return Buffer.from([(major << 5) | 24, length]);
  if (length < 0x10000) return Buffer.from([(major << 5) | 25, length >> 8, length & 0xff]);
  const out = Buffer.alloc(5);
  out[0] = (major << 5) | 26;
  out.writeUInt32BE(length, 1);
  return out;
}

export function encodeCbor(value: Cbor): Buffer {
  if (typeof value === "number") return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === "string") {
    const bytes = Buffer.from(value, "utf8");
    return Buffer.concat([head(3, bytes.length), bytes]);
  }
  if (Buffer.isBuffer(value)) return Buffer.concat([head(2, value.length), value]);
  const parts = [head(5, value.size)];
  for (const [key, item] of value) parts.push(encodeCbor(key), encodeCbor(item));
  return Buffer.concat(parts);
}

// ---- The authenticator ----

export class SoftAuthenticator {
  /** `origin` is what the browser puts into clientDataJSON: the page the ceremony runs on. */
  constructor(
    readonly origin: string,
    private readonly credentials: Credential[] = [],
  ) {}

  /** The same authenticator (same keys) used on another page, e.g. a phishing site relaying options. */
  on(origin: string): SoftAuthenticator {
    return new SoftAuthenticator(origin, this.credentials);
  }

  /**
   * navigator.credentials.create(): a new key pair for the relying party, attested with "none".
   * `credentialId` (base64url) replaces the random id, as a faulty or hostile client could.
   */
  create(options: PublicKeyCredentialCreationOptionsJSON, credentialId?: string): RegistrationResponseJSON {
    const rpId = options.rp.id ?? new URL(this.origin).hostname;
    const excluded = new Set(options.excludeCredentials?.map((c) => c.id));
    if (this.credentials.some((c) => c.rpId === rpId && excluded.has(b64url(c.id)))) {
      throw new Error("InvalidStateError: this authenticator holds an excluded credential");
    }
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const jwk = publicKey.export({ format: "jwk" });
    // COSE_Key (RFC 9053): kty EC2, alg ES256, crv P-256, x, y.
    const cose = encodeCbor(
      new Map<number, Cbor>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(jwk.x ?? "", "base64url")],
        [-3, Buffer.from(jwk.y ?? "", "base64url")],
      ]),
    );
    const credential: Credential = {
      id: credentialId ? Buffer.from(credentialId, "base64url") : randomBytes(16),
      privateKey,
      cose,
      rpId,
      userHandle: options.user.id,
      counter: 0,
    };
    this.credentials.push(credential);

    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(credential.id.length);
    const attestedCredentialData = Buffer.concat([Buffer.alloc(16), idLength, credential.id, cose]);
    const authData = Buffer.concat([
      this.authenticatorData(credential, UP | UV | AT),
      attestedCredentialData,
    ]);
    const attestationObject = encodeCbor(
      new Map<string, Cbor>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", authData],
      ]),
    );
    const clientDataJSON = this.clientData("webauthn.create", options.challenge);
    return {
      id: b64url(credential.id),
      rawId: b64url(credential.id),
      type: "public-key",
      authenticatorAttachment: "platform",
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64url(clientDataJSON),
        attestationObject: b64url(attestationObject),
        transports: ["internal"],
      },
    };
  }

  /** navigator.credentials.get(): signs the challenge with a credential of the relying party. */
  get(options: PublicKeyCredentialRequestOptionsJSON): AuthenticationResponseJSON {
    const rpId = options.rpId ?? new URL(this.origin).hostname;
    const allowed = options.allowCredentials?.length
      ? new Set(options.allowCredentials.map((c) => c.id))
      : null;
    const credential = this.credentials.find(
      (c) => c.rpId === rpId && (!allowed || allowed.has(b64url(c.id))),
    );
    if (!credential) throw new Error("NotAllowedError: no credential for this relying party");
    credential.counter++;
    const authenticatorData = this.authenticatorData(credential, UP | UV);
    const clientDataJSON = this.clientData("webauthn.get", options.challenge);
    // WebAuthn § 6.3.3: the signature covers authenticatorData || SHA-256(clientDataJSON); ECDSA in DER.
    const signature = sign(
      "sha256",
      Buffer.concat([authenticatorData, sha256(clientDataJSON)]),
      credential.privateKey,
    );
    return {
      id: b64url(credential.id),
      rawId: b64url(credential.id),
      type: "public-key",
      authenticatorAttachment: "platform",
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authenticatorData),
        signature: b64url(signature),
        userHandle: credential.userHandle,
      },
    };
  }

  private authenticatorData(credential: Credential, flags: number): Buffer {
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(credential.counter);
    return Buffer.concat([sha256(credential.rpId), Buffer.from([flags]), counter]);
  }

  private clientData(type: "webauthn.create" | "webauthn.get", challenge: string): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin: this.origin, crossOrigin: false }));
  }
}
