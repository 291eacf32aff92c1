// Step 4: everything at a glance, each answer with its "Ändern" link, then the booking. Booking
// needs the network: offline it says so and books nothing (no outbox, a slot cannot wait).
import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import type { AccountSummary } from "../../lib/contract/account";
import type { Appointment } from "../../lib/contract/appointments";
import type { Office, Service } from "../../lib/contract/guide";
import { contentLanguage, localized, t } from "../../lib/i18n";
import { ErrorText } from "../../ui/ErrorText";
import { ProofOfWorkError } from "./altcha";
import { book } from "./api";
import { type Draft, STEP_PARAMS } from "./draft";
import { errorKey, isApiError } from "./errors";
import { formatDuration, slotName, visitTypeLabel } from "./format";
import { berlinDateOf } from "./calendar";
import { ServiceLines } from "./ServiceLines";
import { totalDuration } from "./visit";

/** The slot is gone: the resident chooses another time. */
const SLOT_LOST = ["slot_taken", "slot_unavailable"];

export function ReviewStep(props: {
  draft: Draft;
  office: Office;
  services: Service[];
  account: AccountSummary | null;
  onRestartProof: () => void;
  onBooked: (appointment: Appointment) => void;
  onSlotLost: () => void;
}) {
  // Not createWrite: what is busy changes within the one write (the proof of work, then the booking).
  const [busy, setBusy] = createSignal<"proof" | "booking" | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const slot = () => props.draft.slot() ?? "";
  const change = (step: "services" | "time" | "details", what: string) => (
    <A href={`/termine?schritt=${STEP_PARAMS[step]}`}>
      {t("appointments.review.change")}
      <span class="visually-hidden"> {what}</span>
    </A>
  );

  const submit = async () => {
    setError(null);
    if (!navigator.onLine) {
      setError("appointments.common.offline");
      return;
    }
    try {
      let altcha: string | undefined;
      if (!props.account) {
        setBusy("proof");
        altcha = await props.draft.proofOfWork()?.payload;
        if (!altcha) throw new ProofOfWorkError("not started");
      }
      setBusy("booking");
      const contact = props.account ? undefined : props.draft.contact();
      const appointment = await book({
        officeId: props.office.id,
        services: props.draft.lines(),
        start: slot(),
        visitType: props.draft.visitType(),
        language: contentLanguage(),
        ...(contact
          ? {
              contact: {
                name: contact.name.trim(),
                email: contact.email.trim(),
                ...(contact.phone.trim() ? { phone: contact.phone.trim() } : {}),
              },
            }
          : {}),
        ...(altcha ? { altcha } : {}),
      });
      props.onBooked(appointment);
    } catch (failure) {
      if (isApiError(failure, ...SLOT_LOST)) {
        props.draft.slotLost(`errors.${failure.code}`);
        props.onSlotLost();
        return;
      }
      // A used or refused proof of work cannot be sent again: the next try needs a new one.
      if (!props.account) props.onRestartProof();
      setError(failure instanceof ProofOfWorkError ? "errors.proof_of_work_failed" : errorKey(failure));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <dl class="facts review">
        <dt>{t("appointments.review.office")}</dt>
        <dd>
          {localized(props.office.text).name}, {props.office.address.street}
          <br />
          {change("services", t("appointments.review.office"))}
        </dd>
        <dt>{t("appointments.review.services")}</dt>
        <dd>
          <ServiceLines lines={props.draft.lines()} services={props.services} />
          {change("services", t("appointments.review.services"))}
        </dd>
        <dt>{t("appointments.review.time")}</dt>
        <dd>
          {slotName(berlinDateOf(slot()), slot())}
          <br />
          {change("time", t("appointments.review.time"))}
        </dd>
        <dt>{t("appointments.review.duration")}</dt>
        <dd>{formatDuration(totalDuration(props.draft.lines(), props.services))}</dd>
        <dt>{t("appointments.review.visitType")}</dt>
        <dd>{visitTypeLabel(props.draft.visitType())}</dd>
        <dt>{t("appointments.review.contact")}</dt>
        <dd>
          <Show
            when={props.account}
            fallback={
              <>
                {props.draft.contact().name}
                <br />
                {props.draft.contact().email}
                <Show when={props.draft.contact().phone.trim()}>
                  <br />
                  {props.draft.contact().phone}
                </Show>
                <br />
                {change("details", t("appointments.review.contact"))}
              </>
            }
          >
            {(account) => (
              <>
                {t("appointments.details.fullName", {
                  given: account().givenName,
                  family: account().familyName,
                })}
                <br />
                {account().email}
              </>
            )}
          </Show>
        </dd>
      </dl>

      <Show when={!props.account}>
        <p>{t("appointments.review.mailHint", { minutes: 15 })}</p>
      </Show>
      <p role="status" class="busy">
        <Show when={busy() === "proof"}>{t("appointments.proofOfWork.running")}</Show>
        <Show when={busy() === "booking"}>{t("appointments.review.booking")}</Show>
      </p>
      <ErrorText messageKey={error()} />
      <button type="button" class="button" disabled={busy() !== null} onClick={() => void submit()}>
        {t("appointments.review.submit")}
      </button>
    </>
  );
}
