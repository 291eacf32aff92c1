// The sign-in rule without HTTP: wrong guesses per account and address, fewer of them while an
// account is under attack, forgotten after the window or the right password.
import { describe, expect, it } from "vitest";
import {
  createSignInGuard,
  GUESSES_PER_ADDRESS,
  GUESSES_PER_ADDRESS_UNDER_ATTACK,
  UNDER_ATTACK,
} from "./sign-in-guard";

const ERIKA = "erika@example.org";

function setup() {
  let now = 0;
  const guard = createSignInGuard(() => now);
  /** How many wrong passwords `address` gets to send before it is refused (at most 50). */
  const guessesLeft = (address: string, email = ERIKA) => {
    for (let i = 0; i < 50; i++) {
      try {
        guard.begin(email, address).failed();
      } catch {
        return i;
      }
    }
    return 50;
  };
  return { guard, guessesLeft, later: (ms: number) => (now += ms) };
}

describe("createSignInGuard", () => {
  it("gives each address five guesses per account and 15 minutes", () => {
    const { guessesLeft, later } = setup();
    expect(guessesLeft("203.0.113.1")).toBe(GUESSES_PER_ADDRESS);
    expect(guessesLeft("203.0.113.2")).toBe(GUESSES_PER_ADDRESS);
    expect(guessesLeft("203.0.113.1", "max@example.org")).toBe(GUESSES_PER_ADDRESS);
    later(15 * 60_000);
    expect(guessesLeft("203.0.113.1", "max@example.org")).toBe(GUESSES_PER_ADDRESS);
  });

  it("refuses with 429 and a Retry-After within the window", () => {
    const { guard, guessesLeft, later } = setup();
    guessesLeft("203.0.113.1");
    later(5 * 60_000);
    expect(() => guard.begin(ERIKA, "203.0.113.1")).toThrow(
      expect.objectContaining({ status: 429, headers: { "Retry-After": String(10 * 60) } }),
    );
  });

  it("counts a whole IPv6 /64 as one address", () => {
    const { guessesLeft } = setup();
    expect(guessesLeft("2001:db8:1:2::1")).toBe(GUESSES_PER_ADDRESS);
    expect(guessesLeft("2001:db8:1:2::99")).toBe(0);
    expect(guessesLeft("2001:db8:1:3::1")).toBe(GUESSES_PER_ADDRESS);
  });

  it("gives fewer guesses to every address once the account is under attack, until the window ends", () => {
    const { guessesLeft, later } = setup();
    let failures = 0;
    for (let i = 0; failures < UNDER_ATTACK; i++) failures += guessesLeft(`203.0.113.${i}`);
    expect(guessesLeft("198.51.100.1")).toBe(GUESSES_PER_ADDRESS_UNDER_ATTACK);
    expect(guessesLeft("198.51.100.1", "max@example.org")).toBe(GUESSES_PER_ADDRESS);
    later(15 * 60_000);
    expect(guessesLeft("198.51.100.2")).toBe(GUESSES_PER_ADDRESS);
  });

  it("forgets an address's guesses after the right password, and does not count an unchecked attempt", () => {
    const { guard, guessesLeft } = setup();
    for (let i = 0; i < GUESSES_PER_ADDRESS - 1; i++) guard.begin(ERIKA, "203.0.113.1").failed();
    guard.begin(ERIKA, "203.0.113.1").succeeded();
    for (let i = 0; i < 10; i++) guard.begin(ERIKA, "203.0.113.1").abandoned();
    expect(guessesLeft("203.0.113.1")).toBe(GUESSES_PER_ADDRESS);
  });
});
