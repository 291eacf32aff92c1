// /rat/veranstaltungen/:id: one citizens' information event: when, where, the topic (a Bebauungsplan
// …), what it is about, its documents, the programme, the stream (player, its own chunk) and the
// questions the council office published; a form sends a question beforehand through the outbox.
import { A, useParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import type { InfoEventPage as Page } from "../../lib/contract/council-streams";
import { formatDateTime, formatPeriod } from "../../lib/date-format";
import { ApiError } from "../../lib/http";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { EVENTS_PATH } from "./paths";
import { QuestionForm } from "./QuestionForm";
import { StreamSection } from "./StreamSection";
import { fetchInfoEvent, fetchStream } from "./streams-api";
import "./council.css";
import "./council-streams.css";

export default function InfoEventPage() {
  const params = useParams<{ id: string }>();
  const [page] = createResource(() => params.id, fetchInfoEvent);
  usePageTitle(() => page()?.event.title ?? (page.error ? t("council.events.notFound") : undefined));
  const notFound = () => page.error instanceof ApiError && page.error.status === 404;
  return (
    <article class="council">
      <p class="breadcrumb">
        <A href={EVENTS_PATH}>{t("council.events.back")}</A>
      </p>
      <Show
        when={page()}
        fallback={
          <Show when={page.error} fallback={<p class="loading">{t("common.loading")}</p>}>
            <h1>{notFound() ? t("council.events.notFound") : t("council.events.title")}</h1>
            <p class="notice">
              {notFound() ? t("council.events.notFoundText") : t("council.events.offline")}
            </p>
          </Show>
        }
      >
        {(loaded) => <EventDetail page={loaded()} />}
      </Show>
    </article>
  );
}

function EventDetail(props: { page: Page }) {
  const event = () => props.page.event;
  const coming = () => Date.parse(event().start) > Date.now();
  return (
    <>
      <h1>{event().title}</h1>
      <Show when={event().sample}>
        <p class="hint">{t("council.events.sample")}</p>
      </Show>
      <dl class="facts">
        <dt>{t("council.events.when")}</dt>
        <dd>{event().end ? formatPeriod(event().start, event().end!) : formatDateTime(event().start)}</dd>
        <dt>{t("council.events.where")}</dt>
        <dd>{event().place}</dd>
        <Show when={event().topic}>
          <dt>{t("council.events.topic")}</dt>
          <dd>{event().topic}</dd>
        </Show>
      </dl>
      <Show when={event().description}>
        <p>{event().description}</p>
      </Show>
      <Show when={event().streamId}>
        {(streamId) => <StreamSection load={() => fetchStream(streamId())} />}
      </Show>
      <Show when={!event().streamId && event().agenda.length > 0}>
        <h2>{t("council.events.programme")}</h2>
        <ol class="council-agenda">
          <For each={event().agenda}>
            {(item) => (
              <li class="council-agenda-item">
                <span class="council-agenda-number">{item.number ?? ""}</span>
                <span>{item.name}</span>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <h2>{t("council.events.documents")}</h2>
      <Show when={event().documents.length > 0} fallback={<p>{t("council.events.noDocuments")}</p>}>
        <ul class="council-list">
          <For each={event().documents}>
            {(document) => (
              <li>
                <a href={document.url} rel="noopener">
                  {document.name}
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <h2>{t("council.events.questions")}</h2>
      <Show when={props.page.questions.length > 0} fallback={<p>{t("council.events.noQuestions")}</p>}>
        <ul class="council-questions">
          <For each={props.page.questions}>{(question) => <li>{question.text}</li>}</For>
        </ul>
      </Show>
      <Show when={coming()}>
        <QuestionForm eventId={event().id} />
      </Show>
    </>
  );
}
