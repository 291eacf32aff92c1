// /rat/vorlage/:id: one paper (Vorlage, Antrag, Anfrage): its reference and kind, the meetings that
// consult it in order with their committees and results, and its documents.
import { A, useParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { COUNCIL_PAPERS_COLLECTION, type CouncilPaper } from "../../lib/contract/council";
import { formatDay, formatFullDay } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { createRecordQuery } from "../../lib/record-query";
import { type LabelledValue, FactList } from "../../ui/FactList";
import { usePageTitle } from "../../ui/page-title";
import { recordPageTitle, RecordStates } from "../../ui/RecordStates";
import { CouncilAsOf } from "./CouncilAsOf";
import { paperById } from "./data";
import { FileList } from "./FileList";
import { consultationsInOrder } from "./model";
import { COUNCIL_PATH, meetingPath, organizationPath } from "./paths";
import "./council.css";

export default function PaperPage() {
  const params = useParams<{ id: string }>();
  const paper = createRecordQuery({
    collection: COUNCIL_PAPERS_COLLECTION,
    id: () => params.id,
    local: paperById,
    parse: async (data) => (await import("../../lib/contract/council")).councilPaperSchema.parse(data),
  });
  usePageTitle(() => recordPageTitle(paper.view(), (p) => p.name, t("council.paper.notFound")));
  return (
    <RecordStates
      view={paper.view()}
      retry={paper.retry}
      notFound={
        <section>
          <h1>{t("council.paper.notFound")}</h1>
          <p>{t("council.paper.notFoundText")}</p>
          <A href={COUNCIL_PATH}>{t("council.back")}</A>
        </section>
      }
    >
      {(record) => <PaperDetail paper={record()} />}
    </RecordStates>
  );
}

function facts(paper: CouncilPaper): LabelledValue[] {
  const list: LabelledValue[] = [];
  if (paper.reference) list.push({ label: t("council.paper.reference"), value: paper.reference });
  if (paper.paperType) list.push({ label: t("council.paper.type"), value: paper.paperType });
  if (paper.date) list.push({ label: t("council.paper.date"), value: formatDay(paper.date) });
  return list;
}

function PaperDetail(props: { paper: CouncilPaper }) {
  return (
    <article class="council">
      <p class="breadcrumb">
        <A href={COUNCIL_PATH}>{t("council.back")}</A>
      </p>
      <h1>{props.paper.name}</h1>
      <FactList facts={facts(props.paper)} />

      <h2>{t("council.paper.consultations")}</h2>
      <Show
        when={props.paper.consultations.length > 0}
        fallback={<p>{t("council.paper.noConsultations")}</p>}
      >
        <ol class="card-list council-consultations">
          <For each={consultationsInOrder(props.paper)}>
            {(consultation) => (
              <li class="card council-card">
                <Show
                  when={consultation.meetingId}
                  fallback={<p>{consultation.meetingName ?? t("council.paper.meetingUnknown")}</p>}
                >
                  {(meetingId) => (
                    <A href={meetingPath(meetingId())}>
                      {consultation.meetingName ?? t("council.paper.meeting")}
                    </A>
                  )}
                </Show>
                <Show when={consultation.meetingStart}>{(start) => <p>{formatFullDay(start())}</p>}</Show>
                <Show when={consultation.organizations.length > 0}>
                  <ul class="council-inline">
                    <For each={consultation.organizations}>
                      {(organization) => (
                        <li>
                          <A href={organizationPath(organization.id)}>{organization.name}</A>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
                <Show when={consultation.role}>
                  {(role) => <p>{t("council.paper.role", { role: role() })}</p>}
                </Show>
                <Show when={consultation.authoritative}>
                  <p>{t("council.paper.authoritative")}</p>
                </Show>
                <Show when={consultation.result}>
                  {(result) => <p>{t("council.meeting.result", { result: result() })}</p>}
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>

      <h2>{t("council.paper.documents")}</h2>
      <Show when={props.paper.files.length > 0} fallback={<p>{t("council.paper.noDocuments")}</p>}>
        <FileList files={props.paper.files} />
      </Show>
      <CouncilAsOf collection={COUNCIL_PAPERS_COLLECTION} sample={props.paper.sample} />
    </article>
  );
}
