import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { CHAT_MESSAGE_MAX } from "../../lib/contract/chat";
import { attributesOf, html, useGermanTexts } from "../../ui/render-html";
import { Composer, messageTextError } from "./Composer";

beforeAll(async () => {
  await useGermanTexts();
  const chat = await import("../../locales/chat/de.json");
  i18next.addResourceBundle("de", "translation", chat.default, true, true);
});

describe("the chat's composer", () => {
  it("refuses an empty or too long message and takes one at the limit", () => {
    expect(messageTextError("")).toBe("chat.conversation.errors.empty");
    expect(messageTextError("x".repeat(CHAT_MESSAGE_MAX + 1))).toBe("chat.conversation.errors.long");
    expect(messageTextError("x".repeat(CHAT_MESSAGE_MAX))).toBeUndefined();
  });

  it("is one labelled field with the limit and a send button, for either side", () => {
    const markup = html(() => <Composer id="c-msg" label="Ihre Nachricht" onSend={() => undefined} />);
    expect(markup).toContain('<label for="c-msg">Ihre Nachricht');
    expect(attributesOf(markup, "c-msg")).toMatchObject({ maxLength: String(CHAT_MESSAGE_MAX) });
    expect(markup).toMatch(/<button type="submit" class="button">Senden<\/button>/);
  });
});
