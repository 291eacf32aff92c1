import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { CHAT_MESSAGE_MAX } from "../../lib/contract/chat";
import { attributesOf, html, useGermanTexts } from "../../ui/render-html";
import { fileSize } from "./Attachment";
import { attachmentError, Composer, messageTextError } from "./Composer";

beforeAll(async () => {
  await useGermanTexts();
  // The composer's texts are the conversation's part (loaded with the conversation's chunk).
  const chat = await import("../../locales/chat-conversation/de.json");
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

  it("offers a labelled file input only where a side takes files, and checks the choice before it goes", () => {
    const without = html(() => <Composer id="c-msg" label="Nachricht" onSend={() => undefined} />);
    expect(without).not.toContain('type="file"');
    const markup = html(() => (
      <Composer id="c-msg" label="Nachricht" onSend={() => undefined} onAttach={() => undefined} />
    ));
    expect(markup).toContain('<label for="c-msg-file">Foto oder PDF anhängen</label>');
    expect(attributesOf(markup, "c-msg-file")).toMatchObject({
      type: "file",
      "aria-describedby": "c-msg-file-hint",
    });
    expect(attributesOf(markup, "c-msg-file").accept).toContain("application/pdf");
    expect(attachmentError({ name: "schaden.jpg", type: "image/jpeg", size: 10 })).toBeUndefined();
    // Some phones give no type: the name decides here, the server decides by the content.
    expect(attachmentError({ name: "brief.PDF", type: "", size: 10 })).toBeUndefined();
    expect(attachmentError({ name: "film.mov", type: "video/quicktime", size: 10 })).toBe(
      "chat.attachments.errors.type",
    );
    expect(attachmentError({ name: "leer.pdf", type: "application/pdf", size: 0 })).toBe(
      "chat.attachments.errors.empty",
    );
  });

  it("gives a file's size in the page's language", () => {
    expect(fileSize(1_234_567, "de")).toBe("1,2 MB");
    expect(fileSize(340_000, "en")).toBe("340 kB");
    expect(fileSize(12, "de")).toBe("1 kB");
  });
});
