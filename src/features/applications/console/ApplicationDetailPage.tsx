// /verwaltung/antraege/:id: one online application as the office handles it: who applied, the
// answers by step, the documents, what happened so far, and the next step (take it over, ask,
// decide). Every opening is audited by the server ("application.viewed"); nothing is stored.
import { A, useParams } from "@solidjs/router";
import { Show } from "solid-js";
import type { StaffApplication } from "../../../lib/contract/applications";
import { formatDateTime } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { usePageTitle } from "../../../ui/page-title";
import { account } from "../../account/session";
import { typeTitle } from "../answer-text";
import { NoAccessNotice } from "../../staff/Access";
import { fetchApplication } from "./api";
import { ApplicationActions } from "./ApplicationActions";
import { ApplicationAnswers } from "./ApplicationAnswers";
import { ApplicationFiles } from "./ApplicationFiles";
import { ApplicationTimeline } from "./ApplicationTimeline";
import { inboxPath } from "./application-workflow";
import { departmentLabel, trustLabel } from "../../staff/labels";
import { applicationStatusLabel } from "./labels";
import { canHandleApplications, citizenPath } from "../../staff/permissions";
import { createRemote } from "../../../lib/remote";
import { RemoteStatus } from "../../../ui/RemoteStatus";

export default function ApplicationDetailPage() {
  const allowed = () => {
    const me = account();
    return me !== null && canHandleApplications(me);
  };
  return (
    <Show when={allowed()} fallback={<NoAccessNotice />}>
      <ApplicationDetail />
    </Show>
  );
}

const heading = (application: StaffApplication) =>
  t("applications.console.detail.heading", {
    type: typeTitle(application.type),
    reference: application.reference,
  });

function ApplicationDetail() {
  const params = useParams<{ id: string }>();
  const application = createRemote(() => params.id, fetchApplication);
  usePageTitle(() => {
    const data = application.data();
    return data ? heading(data) : t("applications.console.detail.title");
  });
  const myId = () => account()?.id ?? "";

  return (
    <section>
      <p class="breadcrumb">
        <A href={inboxPath("open")}>{t("applications.console.detail.back")}</A>
      </p>
      <h1>
        <Show when={application.data()} fallback={t("applications.console.detail.title")}>
          {(data) => heading(data())}
        </Show>
      </h1>
      <RemoteStatus remote={application} />
      <Show when={application.data()}>
        {(data) => (
          <>
            <p class="lead">{data().title}</p>
            <Facts application={data()} />
            <ApplicationAnswers application={data()} />
            <ApplicationFiles application={data()} />
            <ApplicationTimeline application={data()} />
            <ApplicationActions
              application={data()}
              myId={myId()}
              onChanged={application.set}
              onStale={application.reload}
            />
          </>
        )}
      </Show>
    </section>
  );
}

function Facts(props: { application: StaffApplication }) {
  const applicant = () => props.application.applicant;
  const when = (instant: string) => formatDateTime(instant);
  return (
    <dl class="facts">
      <dt>{t("applications.console.fields.reference")}</dt>
      <dd class="staff-reference">{props.application.reference}</dd>
      <dt>{t("applications.console.fields.type")}</dt>
      <dd>{typeTitle(props.application.type)}</dd>
      <dt>{t("applications.console.fields.department")}</dt>
      <dd>{departmentLabel(props.application.department)}</dd>
      <dt>{t("applications.console.fields.status")}</dt>
      <dd>{applicationStatusLabel(props.application.status)}</dd>
      <dt>{t("applications.console.fields.submittedAt")}</dt>
      <dd>
        <time datetime={props.application.submittedAt}>{when(props.application.submittedAt)}</time>
      </dd>
      <dt>{t("applications.console.fields.updatedAt")}</dt>
      <dd>
        <time datetime={props.application.updatedAt}>{when(props.application.updatedAt)}</time>
      </dd>
      <dt>{t("applications.console.fields.applicant")}</dt>
      <dd>
        {applicant().name}
        <Show when={applicant().id}>
          {(id) => (
            <>
              {" "}
              <A
                href={citizenPath(
                  id(),
                  t("applications.console.detail.citizenReason", {
                    reference: props.application.reference,
                  }),
                )}
              >
                {t("applications.console.detail.toCitizen")}
              </A>
            </>
          )}
        </Show>
      </dd>
      <dt>{t("applications.console.fields.email")}</dt>
      <dd>{applicant().email ?? t("applications.console.missing")}</dd>
      <dt>{t("applications.console.fields.trustLevel")}</dt>
      <dd>
        <Show when={applicant().trustLevel} fallback={t("applications.console.missing")}>
          {(level) => trustLabel(level())}
        </Show>
      </dd>
      <dt>{t("applications.console.fields.claimedBy")}</dt>
      <dd>{props.application.claimedBy?.name ?? t("applications.console.unclaimed")}</dd>
    </dl>
  );
}
