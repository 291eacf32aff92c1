// Passwords as argon2id (OWASP parameters: 19 MiB, 2 iterations, 1 lane; @node-rs/argon2 defaults).
import { hash, verify } from "@node-rs/argon2";

export const hashPassword = (password: string) => hash(password);

// Checked when the email is unknown, so that the answer takes as long as for a known one.
let dummy: Promise<string> | undefined;

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    await verify(await (dummy ??= hash("no account has this password")), password);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
