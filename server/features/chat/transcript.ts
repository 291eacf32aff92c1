// A conversation's messages as plain text (postbox message or mail), in the resident's language.
import type { Db } from "../../db/database";
import * as store from "./store";

export const TRANSCRIPT_SUBJECT = {
  de: "Verlauf Ihres Chats mit dem Bürgerbüro",
  en: "Your chat with the Bürgerbüro",
};

/** How a photo or PDF appears in the text (the postbox message has the file itself attached). */
const FILE_LINE = { de: "Datei", en: "File" };

export async function transcriptText(db: Db, conversationId: string, language: string): Promise<string> {
  const entries = await store.listMessageEntries(db, conversationId);
  const time = new Intl.DateTimeFormat(language === "en" ? "en-GB" : "de-DE", {
    timeZone: "Europe/Berlin",
    dateStyle: "short",
    timeStyle: "short",
  });
  return entries
    .map((e) => {
      const what = e.file_name
        ? `${language === "en" ? FILE_LINE.en : FILE_LINE.de}: ${e.file_name}`
        : (e.text ?? "");
      return `[${time.format(new Date(e.sent_at))}] ${e.author_name ?? e.author}: ${what}`;
    })
    .join("\n");
}
