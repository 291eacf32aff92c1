// The auth endpoints the account pages call; answers with a session go through session.ts.
import { accountSummarySchema, type SignIn, type SignUp } from "../../lib/contract/account";
import { z } from "../../lib/contract/zod";
import { send } from "../../lib/http";
import { postForSession } from "./session";

const JSON_HEADERS = { "Content-Type": "application/json" };

const post = (url: string, body: unknown) =>
  send(fetch, url, { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(body) });

export const signIn = (input: SignIn) => postForSession("/api/auth/sign-in", input);

export const signUp = (input: SignUp) => postForSession("/api/auth/sign-up", input);

/** 202 whether or not the address has an account. */
export async function requestPasswordReset(email: string): Promise<void> {
  await post("/api/auth/password-reset", { email });
}

export async function setNewPassword(token: string, password: string): Promise<void> {
  await post("/api/auth/password-reset/confirm", { token, password });
}

const verifiedSchema = z.object({ account: accountSummarySchema });

export async function verifyEmail(token: string) {
  const response = await post("/api/auth/verify-email", { token });
  return verifiedSchema.parse(await response.json()).account;
}

export async function resendVerification(): Promise<void> {
  await post("/api/auth/resend-verification", {});
}

/** Needs the password again: a session left open on a shared device must not delete the account. */
export async function deleteAccount(password: string): Promise<void> {
  await post("/api/account/deletion", { password });
}
