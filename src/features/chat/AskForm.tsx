// The question, asked either live (start a chat) or as a message the office answers later (a case:
// outside the chat hours or with nobody on duty). Without an account the server wants a proof of
// work; it is solved while the resident types. The start carries a client-made id, so a repeated
// click or a retry after a lost answer opens one conversation, not two.
import { createSignal, lazy, onCleanup, Show, Suspense } from "solid-js";
import { createStore, unwrap } from "solid-js/store";
import { CHAT_MESSAGE_MAX, CHAT_TOPICS, type ChatCase, type Conversation } from "../../lib/contract/chat";
import { errorKey, isApiError } from "../../lib/error-key";
import { language, t } from "../../lib/i18n";
import { NetworkError } from "../../lib/http";
import { type ProofOfWork, startProofOfWork } from "../../lib/proof-of-work";
import { createWrite } from "../../lib/write";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../ui/ErrorSummary";
import { SelectInput, TextArea, TextInput } from "../../ui/Field";
import { account } from "../account/session";
import { fetchChallenge, leaveMessage, startConversation } from "./api";
import { CHAT_FORM_FIELDS, type ChatFormErrors, checkChatForm, emptyChatForm, topicOf } from "./chat-forms";
import { topicLabel } from "./topics";

// The guide's suggestions search the device's copy of the services (Dexie and a search index): loaded
// when the resident first goes to the question, long before the first suggestion is due.
const ServiceSuggestions = lazy(() =>
  import("./ServiceSuggestions").then((module) => ({ default: module.ServiceSuggestions })),
);

type Mode = "chat" | "case";
const fieldId = (mode: Mode, field: string) => `chat-${mode}-${field}`;

export function AskForm(props: {
  mode: Mode;
  onStarted?: (conversation: Conversation) => void;
  onLeft?: (chatCase: ChatCase) => void;
  /** The server said the chat closed or nobody is on duty: the page reads the status again. */
  onRefused?: () => void;
  /** A start is about to be sent: the page fetches what it shows next meanwhile. */
  onSending?: () => void;
}) {
  const [form, setForm] = createStore(emptyChatForm());
  const [errors, setErrors] = createSignal<ChatFormErrors>({});
  const [summary, setSummary] = createSignal<SummaryItem[]>([]);
  const [suggesting, setSuggesting] = createSignal(false);
  const write = createWrite({
    explain: (error) => {
      // A solution is used once: after a refusal the next attempt solves a new one. After a lost
      // answer the same start (client id and solution) is sent again and finds its conversation.
      if (props.mode !== "chat" || !(error instanceof NetworkError)) work = undefined;
      if (isApiError(error, "chat_closed", "chat_unstaffed")) props.onRefused?.();
      return errorKey(error, { offline: "chat.start.offline" });
    },
  });
  // One id per question: a retry after a lost answer is the same start.
  let clientId = crypto.randomUUID();
  let work: ProofOfWork | undefined;
  const proof = () => (work ??= startProofOfWork(fetchChallenge));
  onCleanup(() => work?.abort());

  const topicOptions = () => CHAT_TOPICS.map((topic) => ({ value: topic, label: topicLabel(topic) }));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    const signedIn = Boolean(account());
    const found = checkChatForm(unwrap(form), {
      withEmail: props.mode === "case" && !signedIn,
      needsEmail: true,
    });
    setErrors(found);
    setSummary(summaryOf([...CHAT_FORM_FIELDS], found, `chat-${props.mode}`));
    if (Object.keys(found).length > 0) return;
    const topic = topicOf(form.topic);
    if (topic === "") return;
    if (props.mode === "chat") props.onSending?.();
    // eslint-disable-next-line solid/reactivity -- runs once per submit, as the event handler does
    await write.run(true, async () => {
      const proofOfWork = signedIn ? undefined : await proof().payload;
      const name = signedIn || form.name.trim() === "" ? undefined : form.name.trim();
      const base = { topic, language: language(), text: form.question.trim(), ...(name ? { name } : {}) };
      if (props.mode === "chat") {
        const conversation = await startConversation({ ...base, clientId, proofOfWork });
        props.onStarted?.(conversation);
      } else {
        const email = form.email.trim();
        const chatCase = await leaveMessage({
          ...base,
          proofOfWork,
          ...(email && !signedIn ? { email } : {}),
        });
        clientId = crypto.randomUUID();
        props.onLeft?.(chatCase);
      }
    });
  };

  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      onFocusIn={(event) => {
        if (event.target.id === fieldId(props.mode, "question")) setSuggesting(true);
      }}
      class="chat-ask"
    >
      <ErrorSummary items={summary()} />
      <SelectInput
        id={fieldId(props.mode, "topic")}
        label={t("chat.form.topic")}
        required
        value={form.topic}
        onChange={(value) => setForm("topic", topicOf(value))}
        options={[{ value: "", label: t("chat.form.chooseTopic") }, ...topicOptions()]}
        error={errors().topic}
      />
      <TextArea
        id={fieldId(props.mode, "question")}
        label={t("chat.form.question")}
        hint={t("chat.form.questionHint")}
        required
        rows={5}
        maxLength={CHAT_MESSAGE_MAX}
        value={form.question}
        onInput={(value) => {
          setForm("question", value);
          setSuggesting(true);
          // Solved while the resident types, so the start does not wait for it.
          if (!account()) proof();
        }}
        error={errors().question}
      />
      <div class="chat-suggestions" aria-live="polite">
        <Show when={suggesting()}>
          <Suspense>
            <ServiceSuggestions question={form.question} topic={form.topic} />
          </Suspense>
        </Show>
      </div>
      <Show when={!account()}>
        <TextInput
          id={fieldId(props.mode, "name")}
          label={t("chat.form.name")}
          hint={t("chat.form.nameHint")}
          autocomplete="name"
          maxLength={80}
          value={form.name}
          onInput={(value) => setForm("name", value)}
          error={errors().name}
        />
        <Show when={props.mode === "case"}>
          <TextInput
            id={fieldId(props.mode, "email")}
            label={t("chat.form.email")}
            hint={t("chat.form.emailHint")}
            type="email"
            inputMode="email"
            autocomplete="email"
            required
            value={form.email}
            onInput={(value) => setForm("email", value)}
            error={errors().email}
          />
        </Show>
      </Show>
      <Show when={props.mode === "case" && account()}>
        <p class="hint">{t("chat.case.toPostbox")}</p>
      </Show>
      <div role="alert">
        <Show when={write.failure()}>{(key) => <p class="field-error">{t(key())}</p>}</Show>
      </div>
      <button type="submit" class="button" disabled={write.busy()}>
        <Show
          when={write.busy()}
          fallback={props.mode === "chat" ? t("chat.start.submit") : t("chat.case.submit")}
        >
          {t("chat.start.busy")}
        </Show>
      </button>
      <Show when={props.mode === "chat"}>
        <p class="hint">{t("chat.start.privacy")}</p>
      </Show>
    </form>
  );
}
