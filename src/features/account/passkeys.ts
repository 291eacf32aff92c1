// Passkeys (WebAuthn): adding one to the account and signing in with it. @simplewebauthn/browser is
// loaded only when the user presses a passkey button.
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";
import { type Passkey, passkeySchema } from "../../lib/contract/account";
import { z } from "../../lib/contract/zod";
import { send } from "../../lib/http";
import { postForSession } from "./session";

/**
 * The same test as browserSupportsWebAuthn() of @simplewebauthn/browser, without loading the
 * library for a page that may never use it.
 */
export function supportsPasskeys(): boolean {
  return typeof window !== "undefined" && typeof window.PublicKeyCredential === "function";
}

// The options @simplewebauthn/server generates (server/features/auth/passkeys.ts), read as the
// browser library's JSON types. Unknown extensions are dropped rather than passed on unchecked.
const base64url = z.string().regex(/^[A-Za-z0-9_-]*$/);
const userVerification = z.enum(["discouraged", "preferred", "required"]);
const hints = z.array(z.enum(["hybrid", "security-key", "client-device"])).optional();
const descriptor = z.object({
  id: base64url,
  type: z.string(),
  transports: z.array(z.string()).optional(),
});
const extensions = z.object({ credProps: z.boolean().optional() }).optional();

const creationOptionsSchema = z.object({
  rp: z.object({ id: z.string().optional(), name: z.string() }),
  user: z.object({ id: base64url, name: z.string(), displayName: z.string() }),
  challenge: base64url,
  pubKeyCredParams: z.array(z.object({ alg: z.number(), type: z.literal("public-key") })),
  timeout: z.number().optional(),
  excludeCredentials: z.array(descriptor).optional(),
  authenticatorSelection: z
    .object({
      authenticatorAttachment: z.enum(["cross-platform", "platform"]).optional(),
      requireResidentKey: z.boolean().optional(),
      residentKey: z.enum(["discouraged", "preferred", "required"]).optional(),
      userVerification: userVerification.optional(),
    })
    .optional(),
  hints,
  attestation: z.enum(["direct", "enterprise", "indirect", "none"]).optional(),
  extensions,
}) satisfies z.ZodType<PublicKeyCredentialCreationOptionsJSON>;

const requestOptionsSchema = z.object({
  challenge: base64url,
  timeout: z.number().optional(),
  rpId: z.string().optional(),
  allowCredentials: z.array(descriptor).optional(),
  userVerification: userVerification.optional(),
  hints,
  extensions,
}) satisfies z.ZodType<PublicKeyCredentialRequestOptionsJSON>;

const registrationStartSchema = z.object({ challengeId: z.string(), options: creationOptionsSchema });
const authenticationStartSchema = z.object({ challengeId: z.string(), options: requestOptionsSchema });

const JSON_HEADERS = { "Content-Type": "application/json" };
const post = (url: string, body: unknown) =>
  send(fetch, url, { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(body) });

export async function listPasskeys(): Promise<Passkey[]> {
  const response = await send(fetch, "/api/auth/passkeys", { headers: { Accept: "application/json" } });
  return z.array(passkeySchema).parse(await response.json());
}

/** Asks the device to make a passkey for this account and stores it under `name`. */
export async function addPasskey(name: string): Promise<Passkey> {
  const { startRegistration } = await import("@simplewebauthn/browser");
  const start = registrationStartSchema.parse(
    await (await post("/api/auth/passkeys/registration-options", {})).json(),
  );
  const response = await startRegistration({ optionsJSON: start.options });
  const created = await post("/api/auth/passkeys/registration", {
    challengeId: start.challengeId,
    name,
    response,
  });
  return passkeySchema.parse(await created.json());
}

export async function removePasskey(id: string): Promise<void> {
  await send(fetch, `/api/auth/passkeys/${encodeURIComponent(id)}`, { method: "DELETE" });
}

/** Discoverable credentials: the device offers the passkeys it has for this site, no email needed. */
export async function signInWithPasskey(remember: boolean): Promise<void> {
  const { startAuthentication } = await import("@simplewebauthn/browser");
  const start = authenticationStartSchema.parse(
    await (await post("/api/auth/passkeys/authentication-options", {})).json(),
  );
  const response = await startAuthentication({ optionsJSON: start.options });
  await postForSession("/api/auth/passkeys/authentication", {
    challengeId: start.challengeId,
    remember,
    response,
  });
}

/**
 * The device's own refusals (the user closed the dialog, or the passkey exists already) as a
 * translation key; undefined for anything else, which the caller treats as an ordinary error.
 */
export function passkeyRefusalKey(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  // WebAuthn errors keep the DOMException's name (NotAllowedError: cancelled or timed out).
  if (error.name === "NotAllowedError" || error.name === "AbortError") return "account.passkeys.cancelled";
  if (error.name === "InvalidStateError") return "account.passkeys.alreadyOnDevice";
  if (error.name === "NotSupportedError" || error.name === "SecurityError")
    return "account.passkeys.notPossible";
  return undefined;
}
