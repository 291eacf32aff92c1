// The office's canned answers beside the agent's answer field: choose one (a select, so the keyboard
// works as everywhere), insert it, and the answer field gets its text, and the link of the guide page
// it names, which the conversation shows as a card. Focus returns to the answer field.
import { createSignal, Show } from "solid-js";
import { type CannedAnswer, servicePagePath } from "../../../lib/contract/chat-office";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { SelectInput } from "../../../ui/Field";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { fetchCannedAnswers } from "./office-api";

/** The text a canned answer puts into the answer field. */
export const cannedText = (answer: Pick<CannedAnswer, "text" | "serviceId">, origin: string) =>
  answer.serviceId ? `${answer.text}\n${origin}${servicePagePath(answer.serviceId)}` : answer.text;

export function CannedAnswerPicker(props: { composerId: string; onInsert: (text: string) => void }) {
  const answers = createRemote(() => true, fetchCannedAnswers);
  const [chosen, setChosen] = createSignal("");
  const answer = () => answers.data()?.answers.find((a) => a.id === chosen());

  const insert = () => {
    const current = answer();
    if (!current) return;
    props.onInsert(cannedText(current, location.origin));
    setChosen("");
    document.getElementById(props.composerId)?.focus();
  };

  return (
    <div class="chat-canned">
      <RemoteStatus remote={answers} />
      <Show when={answers.data()?.answers.length}>
        <SelectInput
          id="chat-canned-answer"
          label={t("chat.office.canned.choose")}
          value={chosen()}
          onChange={setChosen}
          options={[
            { value: "", label: t("chat.office.canned.none") },
            ...(answers.data()?.answers ?? []).map((a) => ({ value: a.id, label: a.title })),
          ]}
        />
        <Show when={answer()}>{(current) => <p class="hint chat-canned-preview">{current().text}</p>}</Show>
        <button type="button" class="button secondary" disabled={!answer()} onClick={insert}>
          {t("chat.office.canned.insert")}
        </button>
      </Show>
    </div>
  );
}
