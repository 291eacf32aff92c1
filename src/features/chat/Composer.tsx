// The message field of both sides: checks the text (not empty, not too long), hands it to the
// side's way of sending and empties the field once it was taken. When sending throws, the text
// stays in the field and the side shows why. A photo or PDF goes as soon as it is chosen (onAttach);
// its input follows the send button, so Tab from the text still reaches "Senden" first.
// Extra controls come as children.
import { createSignal, type JSX, Show } from "solid-js";
import { CHAT_ATTACHMENT_ACCEPT, CHAT_ATTACHMENT_TYPES, CHAT_MESSAGE_MAX } from "../../lib/contract/chat";
import { t } from "../../lib/i18n";
import { TextArea } from "../../ui/Field";

/** The text's error key, or undefined when it may be sent. */
export function messageTextError(text: string): string | undefined {
  if (text === "") return "chat.conversation.errors.empty";
  if (text.length > CHAT_MESSAGE_MAX) return "chat.conversation.errors.long";
  return undefined;
}

const ATTACHMENT_EXTENSIONS = /\.(jpe?g|png|webp|pdf)$/i;

/**
 * The chosen file's error key, or undefined when it may go to the server (which reads the type
 * from the content and knows the size limit).
 */
export function attachmentError(file: { name: string; type: string; size: number }): string | undefined {
  if (file.size === 0) return "chat.attachments.errors.empty";
  const typed = (CHAT_ATTACHMENT_TYPES as readonly string[]).includes(file.type);
  if (!typed && !ATTACHMENT_EXTENSIONS.test(file.name)) return "chat.attachments.errors.type";
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
  /** Takes a photo or PDF the person chose (shown as a file input when given). */
  onAttach?: (file: File) => Promise<void> | void;
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
  const [fileError, setFileError] = createSignal<string>();

  const attach = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Emptied at once: choosing the same file again is a new choice.
    input.value = "";
    if (!file || !props.onAttach) return;
    const error = attachmentError(file);
    setFileError(error);
    if (error) return;
    try {
      await props.onAttach(file);
    } catch {
      // The side has shown why.
    }
  };

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
      <Show when={props.onAttach}>
        <div class="field chat-attach">
          <label for={`${props.id}-file`}>{t("chat.attachments.add")}</label>
          <p class="hint" id={`${props.id}-file-hint`}>
            {t("chat.attachments.hint")}
          </p>
          <div role="alert">
            <Show when={fileError()}>
              {(key) => (
                <p class="field-error" id={`${props.id}-file-error`}>
                  {t(key())}
                </p>
              )}
            </Show>
          </div>
          <input
            type="file"
            id={`${props.id}-file`}
            accept={CHAT_ATTACHMENT_ACCEPT}
            aria-describedby={
              fileError() ? `${props.id}-file-hint ${props.id}-file-error` : `${props.id}-file-hint`
            }
            aria-invalid={fileError() ? "true" : undefined}
            onChange={(event) => void attach(event.currentTarget)}
          />
        </div>
      </Show>
    </form>
  );
}
