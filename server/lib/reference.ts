// References people read out on the phone or type from paper (appointments "T-…", applications "A-…").
import { randomInt } from "node:crypto";

// No look-alikes (0/O, 1/I/L).
const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const referenceChars = (n: number) =>
  Array.from({ length: n }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join("");

/** Two groups of four: 31^8, about 8.5e11, so guessing one is hopeless and collisions are rare. */
export const newReference = (prefix: string) => `${prefix}-${referenceChars(4)}-${referenceChars(4)}`;
