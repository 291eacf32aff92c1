// A synced application: reference and status, what happens next, the office's open question with
// the answer form, the timeline, the answers and the files.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { ApplicationDefinition } from "../../lib/contract/application-definition";
import type { Application, ApplicationEvent } from "../../lib/contract/applications";
import { formatDateTime } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { fileTypeLabel, formatFileSize } from "../account/format";
import { FileDownloadButton } from "../account/FileDownloadButton";
import { AnswerForm } from "./AnswerForm";
import { answerRows, locale, stepTitle, typeTitle } from "./answer-text";
import { outcomeLabel, statusLabel } from "./labels";
import { FactList } from "../../ui/FactList";

export function ApplicationView(props: {
  application: Application;
  definition: ApplicationDefinition | undefined;
}) {
  const application = () => props.application;
  const openQuestion = () =>
    application().status === "question"
      ? [...application().events].reverse().find((event) => event.kind === "question")
      : undefined;
  const fileName = (id: string) => application().files.find((file) => file.id === id)?.name ?? id;

  return (
    <>
      <h1>
        {t("applications.list.applicationTitle", {
          type: typeTitle(application().type),
          title: application().title,
        })}
      </h1>
      <dl class="facts">
        <dt>{t("applications.detail.reference")}</dt>
        <dd class="reference">{application().reference}</dd>
        <dt>{t("applications.detail.status")}</dt>
        <dd>
          <span class={`status-badge status-${application().status}`}>
            {statusLabel(application().status)}
          </span>
        </dd>
        <dt>{t("applications.detail.submittedAt")}</dt>
        <dd>{formatDateTime(application().submittedAt)}</dd>
        <dt>{t("applications.detail.department")}</dt>
        <dd>{t(`account.departments.${application().department}`)}</dd>
      </dl>

      <Show when={openQuestion()}>
        {(question) => (
          <section class="open-question" aria-labelledby="open-question-title">
            <h2 id="open-question-title">{t("applications.question.title")}</h2>
            <p class="meta">{formatDateTime(question().at)}</p>
            <p class="message-body">{question().text}</p>
            <AnswerForm applicationId={application().id} />
          </section>
        )}
      </Show>

      <h2>{t("applications.detail.nextTitle")}</h2>
      <p>{t(`applications.next.${application().status}`)}</p>

      <h2>{t("applications.detail.timelineTitle")}</h2>
      <ol class="timeline">
        <For each={application().events}>
          {(event) => <TimelineEvent event={event} fileName={fileName} />}
        </For>
      </ol>

      <Show when={props.definition}>
        {(definition) => (
          <>
            <h2>{t("applications.detail.answersTitle")}</h2>
            <For each={answerRows(definition(), application().answers)}>
              {(group) => (
                <Show when={group.rows.length > 0}>
                  <h3>{stepTitle(definition().type, group.stepId)}</h3>
                  <FactList facts={group.rows} />
                </Show>
              )}
            </For>
          </>
        )}
      </Show>

      <h2>{t("applications.detail.filesTitle")}</h2>
      <Show when={application().files.length > 0} fallback={<p>{t("applications.review.noFiles")}</p>}>
        <ul class="card-list">
          <For each={application().files}>
            {(file) => (
              <li class="card">
                <p class="document-name">{file.name}</p>
                <p class="meta">
                  {t("applications.files.factsWithSlot", {
                    slot: file.slot
                      ? t(`applications.forms.${application().type}.attachments.${file.slot}.label`)
                      : t("applications.files.withAnswer"),
                    type: fileTypeLabel(file.mediaType),
                    size: formatFileSize(file.size, locale()),
                  })}
                </p>
                <FileDownloadButton
                  file={file}
                  url={`/api/applications/${encodeURIComponent(application().id)}/files/${encodeURIComponent(file.id)}`}
                />
              </li>
            )}
          </For>
        </ul>
      </Show>
    </>
  );
}

function TimelineEvent(props: { event: ApplicationEvent; fileName: (id: string) => string }) {
  const event = () => props.event;
  return (
    <li class={`timeline-event event-${event().kind}`}>
      <p class="event-title">
        <strong>{t(`applications.events.${event().kind}`)}</strong>
        <span class="meta"> · {formatDateTime(event().at)}</span>
      </p>
      <Show when={event().outcome}>
        {(outcome) => <p>{t("applications.detail.outcome", { outcome: outcomeLabel(outcome()) })}</p>}
      </Show>
      <Show when={event().text}>{(text) => <p class="event-text">{text()}</p>}</Show>
      <Show when={event().fileIds.length > 0}>
        <p class="meta">
          {t("applications.detail.eventFiles", { names: event().fileIds.map(props.fileName).join(", ") })}
        </p>
      </Show>
      <Show when={event().messageId}>
        {(messageId) => (
          <p>
            <A href={`/konto/postfach/${encodeURIComponent(messageId())}`}>
              {event().kind === "decided"
                ? t("applications.detail.decisionLink")
                : t("applications.detail.receiptLink")}
            </A>
          </p>
        )}
      </Show>
    </li>
  );
}
