// One citizen: asks for the reason of access first (or takes it from the search), then shows the
// master data, the identity check (Bürgerbüro) and sending to the postbox. Nothing is stored.
import { A, useParams, useSearchParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { reasonQuerySchema } from "../../lib/contract/account";
import { formatDateTime, formatDay } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { account } from "../account/session";
import { fetchCitizen } from "./api";
import { IdentityForm } from "./IdentityForm";
import { fullName, trustLabel } from "./labels";
import { MessageForm } from "./MessageForm";
import { canConfirmIdentity, canSendMessages } from "./permissions";
import { ReasonField } from "./ReasonField";
import { createRemote } from "../../lib/remote";
import { ErrorSummary, summaryOf } from "../../ui/ErrorSummary";
import { RemoteStatus } from "../../ui/RemoteStatus";

const validReason = (value: string | undefined) => {
  const parsed = reasonQuerySchema.safeParse({ reason: value ?? "" });
  return parsed.success ? parsed.data.reason : undefined;
};

const queryValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default function CitizenPage() {
  const params = useParams<{ id: string }>();
  const [searchParams, setSearchParams] = useSearchParams();
  const reason = () => validReason(queryValue(searchParams.grund));
  const citizen = createRemote(
    () => {
      const current = reason();
      return current ? { id: params.id, reason: current } : undefined;
    },
    (key) => fetchCitizen(key.id, key.reason),
  );
  usePageTitle(() => {
    const data = citizen.data();
    return data ? fullName(data) : t("staff.citizen.title");
  });
  const mayConfirm = () => {
    const me = account();
    return me !== null && canConfirmIdentity(me);
  };
  const maySend = () => {
    const me = account();
    return me !== null && canSendMessages(me);
  };

  return (
    <section>
      <p class="breadcrumb">
        <A href="/verwaltung/buerger">{t("staff.citizen.back")}</A>
      </p>
      <h1>
        <Show when={citizen.data()} fallback={t("staff.citizen.title")}>
          {(data) => fullName(data())}
        </Show>
      </h1>
      <Show
        when={reason()}
        fallback={<ReasonStep onReason={(value) => setSearchParams({ grund: value }, { replace: true })} />}
      >
        {(currentReason) => (
          <>
            <p class="hint">{t("staff.citizen.reasonShown", { reason: currentReason() })}</p>
            <RemoteStatus remote={citizen} />
            <Show when={citizen.data()}>
              {(data) => (
                <>
                  <h2>{t("staff.citizen.dataTitle")}</h2>
                  <dl class="facts">
                    <dt>{t("staff.citizen.email")}</dt>
                    <dd>{data().email}</dd>
                    <dt>{t("staff.citizen.birthDate")}</dt>
                    <dd>
                      <Show when={data().birthDate} fallback={t("staff.citizen.missing")}>
                        {(date) => formatDay(date())}
                      </Show>
                    </dd>
                    <dt>{t("staff.citizen.address")}</dt>
                    <dd>
                      <Show when={data().street} fallback={t("staff.citizen.missing")}>
                        {data().street}
                        <br />
                        {data().postalCode} {data().city}
                      </Show>
                    </dd>
                    <dt>{t("staff.citizen.phone")}</dt>
                    <dd>{data().phone ?? t("staff.citizen.missing")}</dd>
                    <dt>{t("staff.citizen.trustLevel")}</dt>
                    <dd>{trustLabel(data().trustLevel)}</dd>
                    <dt>{t("staff.citizen.identityVerifiedAt")}</dt>
                    <dd>
                      <Show when={data().identityVerifiedAt} fallback={t("staff.citizen.notVerified")}>
                        {(at) => formatDateTime(at())}
                      </Show>
                    </dd>
                    <dt>{t("staff.citizen.createdAt")}</dt>
                    <dd>{formatDay(data().createdAt)}</dd>
                  </dl>

                  <Show when={mayConfirm()}>
                    <IdentityForm citizen={data()} reason={currentReason()} onConfirmed={citizen.set} />
                  </Show>

                  <Show
                    when={maySend()}
                    fallback={
                      <>
                        <h2>{t("staff.message.title")}</h2>
                        <p class="notice">{t("staff.message.needsDepartment")}</p>
                      </>
                    }
                  >
                    <MessageForm citizen={data()} reason={currentReason()} />
                  </Show>
                </>
              )}
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}

function ReasonStep(props: { onReason: (reason: string) => void }) {
  const [value, setValue] = createSignal("");
  // A new object on every submit: the summary takes focus again when the reason is still missing.
  const [errors, setErrors] = createSignal<{ reason?: string }>({});
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const reason = validReason(value());
    setErrors({ reason: reason ? undefined : "staff.reason.error" });
    if (reason) props.onReason(reason);
  };
  return (
    <form class="staff-form" onSubmit={submit} novalidate>
      <p>{t("staff.citizen.reasonFirst")}</p>
      <ErrorSummary items={summaryOf(["reason"], errors(), "citizen")} />
      <ReasonField id="citizen-reason" value={value()} onInput={setValue} error={errors().reason} />
      <button type="submit" class="button">
        {t("staff.citizen.show")}
      </button>
    </form>
  );
}
