// The auth endpoints the account pages call; answers with a session go through session.ts.
import { sendJson } from "../../lib/api";
import { confirmedAccountSchema, type SignIn, type SignUp } from "../../lib/contract/account";
import { postForSession } from "./session";

/** Answers the caller has no use for (202 Accepted, or the account unchanged) are not read. */
const post = (url: string, body: unknown): Promise<void> => sendJson("POST", url, body);

export const signIn = (input: SignIn) => postForSession("/api/auth/sign-in", input);

export const signUp = (input: SignUp) => postForSession("/api/auth/sign-up", input);

/** 202 whether or not the address has an account. */
export async function requestPasswordReset(email: string): Promise<void> {
  await post("/api/auth/password-reset", { email });
}

export async function setNewPassword(token: string, password: string): Promise<void> {
  await post("/api/auth/password-reset/confirm", { token, password });
}

export const verifyEmail = async (token: string) =>
  (await sendJson("POST", "/api/auth/verify-email", { token }, confirmedAccountSchema)).account;

export async function resendVerification(): Promise<void> {
  await post("/api/auth/resend-verification", {});
}

/** Needs the password again: a session left open on a shared device must not delete the account. */
export async function deleteAccount(password: string): Promise<void> {
  await post("/api/account/deletion", { password });
}
