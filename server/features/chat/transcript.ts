// A conversation's messages as plain text (postbox message or mail), in the resident's language
// (its subject and the word for a file from server/texts, times in that language's format).
import { LANGUAGE_INFO } from "../../../src/lib/contract/languages";
import type { Db } from "../../db/database";
import { residentLanguage, residentTexts } from "../../texts/resident-texts";
import * as store from "./store";

/** The subject of the transcript's postbox message or mail. */
export const transcriptSubject = (language: string | null | undefined) =>
  residentTexts(language).chatTranscript.subject;

export async function transcriptText(db: Db, conversationId: string, language: string): Promise<string> {
  const entries = await store.listMessageEntries(db, conversationId);
  const time = new Intl.DateTimeFormat(LANGUAGE_INFO[residentLanguage(language)].locale, {
    timeZone: "Europe/Berlin",
    dateStyle: "short",
    timeStyle: "short",
  });
  // A photo or PDF appears by name (the postbox message has the file itself attached).
  const file = residentTexts(language).chatTranscript.file;
  return entries
    .map((e) => {
      const what = e.file_name ? `${file}: ${e.file_name}` : (e.text ?? "");
      return `[${time.format(new Date(e.sent_at))}] ${e.author_name ?? e.author}: ${what}`;
    })
    .join("\n");
}
