// Passkeys (WebAuthn): adding one to the account and signing in with it. @simplewebauthn/browser is
// loaded only when the user presses a passkey button.
import { getJson, sendJson } from "../../lib/api";
import {
  type Passkey,
  passkeyAuthenticationStartSchema,
  passkeyRegistrationStartSchema,
  passkeySchema,
} from "../../lib/contract/account";
import { z } from "../../lib/contract/zod";
import { postForSession } from "./session";

/**
 * The same test as browserSupportsWebAuthn() of @simplewebauthn/browser, without loading the
 * library for a page that may never use it.
 */
export function supportsPasskeys(): boolean {
  return typeof window !== "undefined" && typeof window.PublicKeyCredential === "function";
}

export const listPasskeys = (): Promise<Passkey[]> => getJson("/api/auth/passkeys", z.array(passkeySchema));

/** Asks the device to make a passkey for this account and stores it under `name`. */
export async function addPasskey(name: string): Promise<Passkey> {
  const { startRegistration } = await import("@simplewebauthn/browser");
  const start = await sendJson(
    "POST",
    "/api/auth/passkeys/registration-options",
    {},
    passkeyRegistrationStartSchema,
  );
  // optionsJSON is typed by @simplewebauthn/browser: the contract's schema must fit it to compile.
  const response = await startRegistration({ optionsJSON: start.options });
  return sendJson(
    "POST",
    "/api/auth/passkeys/registration",
    { challengeId: start.challengeId, name, response },
    passkeySchema,
  );
}

/** A DELETE without a body: this route does not take one. */
export const removePasskey = (id: string): Promise<void> =>
  sendJson("DELETE", `/api/auth/passkeys/${encodeURIComponent(id)}`, undefined);

/** Discoverable credentials: the device offers the passkeys it has for this site, no email needed. */
export async function signInWithPasskey(remember: boolean): Promise<void> {
  const { startAuthentication } = await import("@simplewebauthn/browser");
  const start = await sendJson(
    "POST",
    "/api/auth/passkeys/authentication-options",
    {},
    passkeyAuthenticationStartSchema,
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
