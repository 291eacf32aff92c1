// /rat/sitzung/:id: one meeting: when and where, its committees, the agenda's public part with each
// item's paper, result and documents (non-public items only by their number), and the meeting's
// documents. From the device; a shared link on a first visit asks the server.
import { A, useParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import {
  type AgendaItem,
  COUNCIL_MEETINGS_COLLECTION,
  type CouncilMeeting,
} from "../../lib/contract/council";
import { formatDateTime, formatPeriod } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { createRecordQuery } from "../../lib/record-query";
import { usePageTitle } from "../../ui/page-title";
import { recordPageTitle, RecordStates } from "../../ui/RecordStates";
import { CouncilAsOf } from "./CouncilAsOf";
import { meetingById } from "./data";
import { FileList } from "./FileList";
import { COUNCIL_PATH, organizationPath, paperPath } from "./paths";
import { StreamSection } from "./StreamSection";
import { fetchMeetingStream } from "./streams-api";
import "./council.css";

export default function MeetingPage() {
  const params = useParams<{ id: string }>();
  const meeting = createRecordQuery({
    collection: COUNCIL_MEETINGS_COLLECTION,
    id: () => params.id,
    local: meetingById,
    parse: async (data) => (await import("../../lib/contract/council")).councilMeetingSchema.parse(data),
  });
  usePageTitle(() => recordPageTitle(meeting.view(), (m) => m.name, t("council.meeting.notFound")));
  return (
    <RecordStates
      view={meeting.view()}
      retry={meeting.retry}
      notFound={
        <section>
          <h1>{t("council.meeting.notFound")}</h1>
          <p>{t("council.meeting.notFoundText")}</p>
          <A href={COUNCIL_PATH}>{t("council.back")}</A>
        </section>
      }
    >
      {(record) => <MeetingDetail meeting={record()} />}
    </RecordStates>
  );
}

function when(meeting: CouncilMeeting): string {
  if (meeting.start === null) return t("council.list.noDate");
  return meeting.end ? formatPeriod(meeting.start, meeting.end) : formatDateTime(meeting.start);
}

function MeetingDetail(props: { meeting: CouncilMeeting }) {
  const publicItems = () => props.meeting.agenda.filter((item) => item.public);
  return (
    <article class="council">
      <p class="breadcrumb">
        <A href={COUNCIL_PATH}>{t("council.back")}</A>
      </p>
      <h1>{props.meeting.name}</h1>
      <Show when={props.meeting.cancelled}>
        <p class="notice">
          <strong>{t("council.meeting.cancelledText")}</strong>
        </p>
      </Show>
      <dl class="facts">
        <dt>{t("council.meeting.when")}</dt>
        <dd>{when(props.meeting)}</dd>
        <Show when={props.meeting.location}>
          {(place) => (
            <>
              <dt>{t("council.meeting.where")}</dt>
              <dd>{place()}</dd>
            </>
          )}
        </Show>
        <Show when={props.meeting.organizations.length > 0}>
          <dt>{t("council.meeting.committee")}</dt>
          <dd>
            <ul class="council-inline">
              <For each={props.meeting.organizations}>
                {(organization) => (
                  <li>
                    <A href={organizationPath(organization.id)}>{organization.name}</A>
                  </li>
                )}
              </For>
            </ul>
          </dd>
        </Show>
      </dl>

      <StreamSection load={() => fetchMeetingStream(props.meeting.id)} />

      <h2>{t("council.meeting.agenda")}</h2>
      <Show when={props.meeting.agenda.length > 0} fallback={<p>{t("council.meeting.noAgenda")}</p>}>
        <Show when={publicItems().length < props.meeting.agenda.length}>
          <p class="hint">{t("council.meeting.nonPublicNote")}</p>
        </Show>
        <ol class="council-agenda">
          <For each={props.meeting.agenda}>{(item) => <AgendaEntry item={item} />}</For>
        </ol>
      </Show>

      <h2>{t("council.meeting.documents")}</h2>
      <Show when={props.meeting.files.length > 0} fallback={<p>{t("council.meeting.noDocuments")}</p>}>
        <FileList files={props.meeting.files} />
      </Show>
      <CouncilAsOf collection={COUNCIL_MEETINGS_COLLECTION} sample={props.meeting.sample} />
    </article>
  );
}

function AgendaEntry(props: { item: AgendaItem }) {
  const number = () => props.item.number ?? "";
  return (
    <Show
      when={props.item.public}
      fallback={
        <li class="council-agenda-item council-agenda-closed">
          <span class="council-agenda-number">{number()}</span>
          <p>{t("council.meeting.nonPublicItem")}</p>
        </li>
      }
    >
      <li class="council-agenda-item">
        <span class="council-agenda-number">{number()}</span>
        <div class="council-agenda-body">
          <h3 class="council-agenda-title">{props.item.name}</h3>
          <Show when={props.item.paperId}>
            {(paperId) => (
              <p>
                <A href={paperPath(paperId())}>
                  {props.item.paperReference
                    ? t("council.meeting.paperWithReference", { reference: props.item.paperReference })
                    : t("council.meeting.paper")}
                </A>
              </p>
            )}
          </Show>
          <Show when={props.item.result}>
            {(result) => <p>{t("council.meeting.result", { result: result() })}</p>}
          </Show>
          <Show when={props.item.resolutionText}>
            {(text) => (
              <>
                <h4 class="council-resolution-title">{t("council.meeting.resolution")}</h4>
                <p class="council-resolution">{text()}</p>
              </>
            )}
          </Show>
          <Show when={props.item.files.length > 0}>
            <FileList files={props.item.files} />
          </Show>
        </div>
      </li>
    </Show>
  );
}
