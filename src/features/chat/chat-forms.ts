// The resident's two forms: starting a chat and leaving a message (a case). Checked here with the
// contract's limits; the errors are translation keys, in the order the fields appear.
import { CHAT_MESSAGE_MAX, CHAT_TOPICS, type ChatTopic } from "../../lib/contract/chat";

export type ChatForm = { topic: ChatTopic | ""; name: string; question: string; email: string };
export const CHAT_FORM_FIELDS = ["topic", "name", "question", "email"] as const;
export type ChatFormField = (typeof CHAT_FORM_FIELDS)[number];
export type ChatFormErrors = Partial<Record<ChatFormField, string>>;

export const emptyChatForm = (): ChatForm => ({ topic: "", name: "", question: "", email: "" });

export const topicOf = (value: string): ChatTopic | "" => CHAT_TOPICS.find((topic) => topic === value) ?? "";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `needsEmail`: a message left without an account is answered by mail. */
export function checkChatForm(
  form: ChatForm,
  options: { withEmail: boolean; needsEmail: boolean },
): ChatFormErrors {
  const errors: ChatFormErrors = {};
  if (form.topic === "") errors.topic = "chat.form.errors.topic";
  if (form.name.trim().length > 80) errors.name = "chat.form.errors.nameLong";
  const question = form.question.trim();
  if (question === "") errors.question = "chat.form.errors.question";
  else if (question.length > CHAT_MESSAGE_MAX) errors.question = "chat.form.errors.questionLong";
  if (options.withEmail) {
    const email = form.email.trim();
    if (email === "" && options.needsEmail) errors.email = "chat.form.errors.email";
    else if (email !== "" && (!EMAIL.test(email) || email.length > 200))
      errors.email = "chat.form.errors.emailInvalid";
  }
  return errors;
}
