// How a chat's topic and language are named: topics are the guide's categories (their names live in
// the main texts), plus "other".
import type { ChatTopic } from "../../lib/contract/chat";
import { locale, t } from "../../lib/i18n";

export const topicLabel = (topic: ChatTopic) =>
  topic === "other" ? t("chat.topics.other") : t(`services.categories.${topic}`);

/** "Englisch" for "en", in the reader's language. */
export function languageLabel(code: string): string {
  try {
    return new Intl.DisplayNames([locale()], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
