// After the chat: one question (how helpful was it, 1 to 5), the transcript into the postbox
// (signed in) or by mail (an address asked), and "done", which for an anonymous resident deletes
// the chat cookie so the next person on the device finds nothing of it.
import { createSignal, Show } from "solid-js";
import { type Conversation, RATING_MAX, RATING_MIN } from "../../lib/contract/chat";
import { errorKey } from "../../lib/error-key";
import { t } from "../../lib/i18n";
import { createWrite } from "../../lib/write";
import { Radios } from "../../ui/Choices";
import { TextInput } from "../../ui/Field";
import { account } from "../account/session";
import { finishConversation, mailTranscript, rateConversation, saveTranscriptToPostbox } from "./api";

const RATINGS = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => String(RATING_MIN + i));
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function AfterChat(props: {
  conversation: Conversation;
  onChanged: (conversation: Conversation) => void;
  onDone: () => void;
}) {
  const [rating, setRating] = createSignal("");
  const [ratingError, setRatingError] = createSignal<string>();
  const [email, setEmail] = createSignal("");
  const [emailError, setEmailError] = createSignal<string>();
  const [mailed, setMailed] = createSignal(false);
  const write = createWrite({ explain: (error) => errorKey(error, { offline: "chat.after.offline" }) });
  const id = () => props.conversation.id;
  const busy = () => Boolean(write.busy());
  const run = (work: () => Promise<unknown>) => void write.run(true, async () => void (await work()));

  // The writes below run once per tap, as the event handlers that call them do.
  /* eslint-disable solid/reactivity */
  const rate = (event: SubmitEvent) => {
    event.preventDefault();
    if (rating() === "") return setRatingError("chat.after.rating.required");
    setRatingError(undefined);
    run(() => rateConversation(id(), Number(rating())).then(props.onChanged));
  };

  const mail = (event: SubmitEvent) => {
    event.preventDefault();
    if (!EMAIL.test(email().trim())) return setEmailError("chat.after.mail.invalid");
    setEmailError(undefined);
    run(() => mailTranscript(id(), email().trim()).then(() => setMailed(true)));
  };

  const done = () => run(() => finishConversation(id()).then(props.onDone));
  const saveToPostbox = () => run(() => saveTranscriptToPostbox(id()).then(props.onChanged));
  /* eslint-enable solid/reactivity */

  return (
    <section class="chat-after" aria-labelledby="chat-after-title">
      <h2 id="chat-after-title">{t("chat.after.title")}</h2>
      <Show
        when={props.conversation.rating === null}
        fallback={<p role="status">{t("chat.after.rating.thanks")}</p>}
      >
        <form noValidate onSubmit={rate}>
          <Radios
            id="chat-rating"
            legend={t("chat.after.rating.question")}
            hint={t("chat.after.rating.hint")}
            options={RATINGS.map((value) => ({ value, label: t(`chat.after.rating.options.${value}`) }))}
            value={rating()}
            onChange={setRating}
            error={ratingError()}
          />
          <button type="submit" class="button" disabled={busy()}>
            {t("chat.after.rating.send")}
          </button>
        </form>
      </Show>

      <h3>{t("chat.after.transcript.title")}</h3>
      <Show
        when={account()}
        fallback={
          <Show when={!mailed()} fallback={<p role="status">{t("chat.after.mail.sent")}</p>}>
            <form noValidate onSubmit={mail}>
              <TextInput
                id="chat-transcript-email"
                type="email"
                label={t("chat.after.mail.address")}
                hint={t("chat.after.mail.hint")}
                autocomplete="email"
                value={email()}
                onInput={setEmail}
                error={emailError()}
              />
              <button type="submit" class="button secondary" disabled={busy()}>
                {t("chat.after.mail.send")}
              </button>
            </form>
          </Show>
        }
      >
        <Show
          when={!props.conversation.savedToPostbox}
          fallback={<p role="status">{t("chat.after.postbox.saved")}</p>}
        >
          <p>{t("chat.after.postbox.hint")}</p>
          <button type="button" class="button secondary" disabled={busy()} onClick={saveToPostbox}>
            {t("chat.after.postbox.save")}
          </button>
        </Show>
      </Show>

      <div role="alert">
        <Show when={write.failure()}>{(key) => <p class="field-error">{t(key())}</p>}</Show>
      </div>
      <p>
        <button type="button" class="button" disabled={busy()} onClick={done}>
          {t("chat.after.done")}
        </button>
      </p>
    </section>
  );
}
