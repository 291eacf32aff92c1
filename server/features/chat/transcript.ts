// A conversation's messages as plain text (postbox message or mail), in the resident's language.
import type { Db } from "../../db/database";
import * as store from "./store";

export const TRANSCRIPT_SUBJECT = {
  de: "Verlauf Ihres Chats mit dem Bürgerbüro",
  en: "Your chat with the Bürgerbüro",
};

export async function transcriptText(db: Db, conversationId: string, language: string): Promise<string> {
  const entries = await store.listMessageEntries(db, conversationId);
  const time = new Intl.DateTimeFormat(language === "en" ? "en-GB" : "de-DE", {
    timeZone: "Europe/Berlin",
    dateStyle: "short",
    timeStyle: "short",
  });
  return entries
    .map((e) => `[${time.format(new Date(e.sent_at))}] ${e.author_name ?? e.author}: ${e.text ?? ""}`)
    .join("\n");
}
