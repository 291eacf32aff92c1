// The message field of both sides: checks the text (not empty, not too long), hands it to the
// side's way of sending and empties the field once it was taken. When sending throws, the text
// stays in the field and the side shows why. Extra controls (attachments ...) come as children.
import { createSignal, type JSX } from "solid-js";
import { CHAT_MESSAGE_MAX } from "../../lib/contract/chat";
import { t } from "../../lib/i18n";
import { TextArea } from "../../ui/Field";

/** The text's error key, or undefined when it may be sent. */
export function messageTextError(text: string): string | undefined {
  if (text === "") return "chat.conversation.errors.empty";
  if (text.length > CHAT_MESSAGE_MAX) return "chat.conversation.errors.long";
  return undefined;
}

/** What a side may do with the field from outside: insert a canned answer. */
export type ComposerControls = { insert: (snippet: string) => void };

export function Composer(props: {
  id: string;
  label: string;
  hint?: string;
  /** Takes the trimmed text; throwing keeps it in the field. */
  onSend: (text: string) => Promise<void> | void;
  /** Called on every keystroke (the side throttles what it tells the other side). */
  onTyping?: () => void;
  children?: JSX.Element;
  /** Receives the field's controls once. */
  controls?: (controls: ComposerControls) => void;
}) {
  const [text, setText] = createSignal("");
  // Handed out once, when the field is made (as a ref is).
  // eslint-disable-next-line solid/reactivity
  props.controls?.({
    insert: (snippet) => setText((current) => (current.trim() ? `${current}\n${snippet}` : snippet)),
  });
  const [textError, setTextError] = createSignal<string>();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const message = text().trim();
    const error = messageTextError(message);
    setTextError(error);
    if (error) return;
    try {
      await props.onSend(message);
      setText("");
    } catch {
      // The side has shown why; the text stays for another try.
    }
  };

  return (
    <form noValidate class="chat-composer" onSubmit={(event) => void submit(event)}>
      <TextArea
        id={props.id}
        label={props.label}
        hint={props.hint}
        rows={3}
        maxLength={CHAT_MESSAGE_MAX}
        value={text()}
        onInput={(value) => {
          setText(value);
          props.onTyping?.();
        }}
        error={textError()}
      />
      {props.children}
      <button type="submit" class="button">
        {t("chat.conversation.send")}
      </button>
    </form>
  );
}
