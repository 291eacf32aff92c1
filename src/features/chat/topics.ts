// How a chat's topic and language are named: topics are the guide's categories (their names live in
// the main texts), plus "other".
import type { ChatTopic } from "../../lib/contract/chat";
import { LANGUAGE_INFO } from "../../lib/contract/languages";
import { locale, t } from "../../lib/i18n";

export const topicLabel = (topic: ChatTopic) =>
  topic === "other" ? t("chat.topics.other") : t(`services.categories.${topic}`);

/** "Englisch" for "en", in the reader's language. */
export function languageLabel(code: string): string {
  // Intl names "de-x-ls" plain German; the agent must see that the resident reads Leichte Sprache.
  if (code === "de-x-ls") return LANGUAGE_INFO[code].name;
  try {
    return new Intl.DisplayNames([locale()], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
