// Residents' questions for one information event: new ones first to read, each published (shown on
// the event's page) or rejected.
import { For, Show } from "solid-js";
import { formatDateTime } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { fetchQuestions, moderate } from "./api";

export function Questions(props: { eventId: string }) {
  const questions = createRemote(() => props.eventId, fetchQuestions);
  const write = createWrite<string>();
  const decide = (id: string, status: "published" | "rejected") =>
    void write.run(id, async () => {
      const changed = await moderate(id, status);
      questions.set((questions.data() ?? []).map((q) => (q.id === id ? changed : q)));
      return t(`staff.council.moderated.${status}`);
    });
  return (
    <div class="council-questions-console">
      <h4>{t("staff.council.questions")}</h4>
      <ActionOutcome failureKey={write.failure()} success={write.success()} />
      <RemoteStatus remote={questions} />
      <Show when={questions.data()}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p>{t("staff.council.noQuestions")}</p>}>
            <ul>
              <For each={list()}>
                {(question) => (
                  <li>
                    <p>{question.text}</p>
                    <p class="hint">
                      {formatDateTime(question.at)} · {t(`staff.council.questionStatus.${question.status}`)}
                    </p>
                    <p class="council-console-actions">
                      <Show when={question.status !== "published"}>
                        <button
                          type="button"
                          class="button"
                          disabled={write.busy() !== undefined}
                          onClick={() => decide(question.id, "published")}
                        >
                          {t("staff.council.publish")}
                        </button>
                      </Show>
                      <Show when={question.status !== "rejected"}>
                        <button
                          type="button"
                          class="button secondary"
                          disabled={write.busy() !== undefined}
                          onClick={() => decide(question.id, "rejected")}
                        >
                          {t("staff.council.reject")}
                        </button>
                      </Show>
                    </p>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </div>
  );
}
