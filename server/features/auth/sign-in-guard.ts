// Online password guessing, without letting a guesser lock the owner out (OWASP Authentication Cheat
// Sheet): wrong passwords count per account *and* address, so the address that guessed is locked for
// that account, not the account for everyone. While an account collects wrong passwords from many
// addresses, each address gets fewer guesses at it; the right password from an address that has not
// guessed wrong still gets in. A per-address limit on all sign-ins comes on top (routes.ts).
import { addressKey, createLimiter } from "../../http/rate-limit";

const WINDOW_MS = 15 * 60_000;
/** Wrong passwords an address may send for one account per window. */
export const GUESSES_PER_ADDRESS = 5;
/** The same while the account is under attack: one typo of the owner is still forgiven. */
export const GUESSES_PER_ADDRESS_UNDER_ATTACK = 2;
/** Wrong passwords for one account, from all addresses together, that mean it is under attack. */
export const UNDER_ATTACK = 10;

export type SignInAttempt = {
  /** The password was wrong. */
  failed(): void;
  /** The password was right: this address's wrong guesses for the account are forgotten. */
  succeeded(): void;
  /** The password was not checked (the server was busy): the attempt does not count. */
  abandoned(): void;
};

export function createSignInGuard(now?: () => number) {
  const perAddress = createLimiter({
    name: "sign-in-account",
    windowMs: WINDOW_MS,
    max: GUESSES_PER_ADDRESS,
    now,
  });
  const perAccount = createLimiter({
    name: "sign-in-account-total",
    windowMs: WINDOW_MS,
    max: UNDER_ATTACK,
    now,
  });

  return {
    /**
     * Before the password is checked: counts the attempt up front, so that parallel requests cannot
     * slip past the limit, and throws 429 when this address has no guesses left for the account.
     */
    begin(email: string, address: string): SignInAttempt {
      const key = `${addressKey(address)} ${email}`;
      const underAttack = perAccount.count(email) >= UNDER_ATTACK;
      perAddress.hit(key, underAttack ? GUESSES_PER_ADDRESS_UNDER_ATTACK : GUESSES_PER_ADDRESS);
      return {
        failed: () => perAccount.record(email),
        succeeded: () => perAddress.reset(key),
        abandoned: () => perAddress.record(key, -1),
      };
    },
  };
}
