import { describe, expect, it } from "vitest";
import { shouldChime, titleWithCount } from "./waiting-alert";

describe("the agent's alert for new waiting chats", () => {
  it("puts the count in front of the title only while chats wait", () => {
    expect(titleWithCount("Bürgerbüro-Chat", 2)).toBe("(2) Bürgerbüro-Chat");
    expect(titleWithCount("Bürgerbüro-Chat", 0)).toBe("Bürgerbüro-Chat");
  });

  it("chimes only when more wait than before, never on the first count or when muted", () => {
    expect(shouldChime(undefined, 3, false)).toBe(false);
    expect(shouldChime(1, 2, false)).toBe(true);
    expect(shouldChime(0, 1, true)).toBe(false);
    expect(shouldChime(2, 1, false)).toBe(false);
    expect(shouldChime(2, 2, false)).toBe(false);
    expect(shouldChime(2, undefined, false)).toBe(false);
  });
});
