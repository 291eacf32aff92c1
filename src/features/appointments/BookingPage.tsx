// /termine: booking an appointment, one question per step (GOV.UK question pages). The step is in
// the address (?schritt=…), so the browser's back button and the back link agree.
import { useNavigate, useSearchParams } from "@solidjs/router";
import { createEffect, createMemo, Match, on, onCleanup, Switch } from "solid-js";
import type { Appointment } from "../../lib/contract/appointments";
import type { Service } from "../../lib/contract/guide";
import { localized, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { requestSync } from "../../lib/sync-status";
import { focusPageHeading } from "../../app/focus";
import { usePageTitle } from "../../ui/page-title";
import { account, sessionKnown } from "../account/session";
import { useSession } from "../account/SignedInOnly";
import { allOffices, allServices } from "../services/data";
import { startProofOfWork } from "./altcha";
import { keepOwn } from "./data";
import { createDraft, STEP_PARAMS, STEPS, type Step } from "./draft";
import { ReviewStep } from "./ReviewStep";
import { DetailsStep } from "./DetailsStep";
import { SentStep } from "./SentStep";
import { ServicesStep } from "./ServicesStep";
import { StepFrame } from "./StepFrame";
import { TimeStep } from "./TimeStep";
import { bookingOfficeFor, commonVisitTypes, takesBookings } from "./visit";
import "../account/account.css";
import "./appointments.css";

const TITLES: Record<Step, string> = {
  services: "appointments.services.title",
  time: "appointments.time.title",
  details: "appointments.details.title",
  review: "appointments.review.title",
  sent: "appointments.sent.title",
};
const stepHref = (step: Step) => `/termine?schritt=${STEP_PARAMS[step]}`;

export default function BookingPage() {
  useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams<{ schritt?: string; dienst?: string; amt?: string }>();
  const draft = createDraft();
  const guide = createLiveQuery(() => async () => {
    const [services, offices] = await Promise.all([allServices(), allOffices()]);
    return { services, offices };
  });
  const services = () => guide.data()?.services ?? [];
  const offices = createMemo(() =>
    (guide.data()?.offices ?? [])
      .filter(takesBookings)
      .sort((a, b) => localized(a.text).name.localeCompare(localized(b.text).name)),
  );
  const office = () => offices().find((o) => o.id === draft.officeId());
  const chosen = () =>
    draft
      .lines()
      .map((line) => services().find((s) => s.id === line.serviceId))
      .filter((s): s is Service => s !== undefined);
  const visitTypes = createMemo(() => commonVisitTypes(chosen()));

  const wanted = () => STEPS.find((s) => STEP_PARAMS[s] === params.schritt) ?? "services";
  const step = createMemo(() => draft.reachable(wanted(), Boolean(account())));
  const go = (next: Step) => setParams({ schritt: STEP_PARAMS[next], dienst: undefined, amt: undefined });
  usePageTitle(() => t(TITLES[step()]));
  // The page stays, only the question changes: focus goes to the new question as on a new page.
  createEffect(on(step, () => focusPageHeading(), { defer: true }));

  // "Termin buchen" on a service's page: that service at its office, for one person.
  let preselected = false;
  createEffect(() => {
    const data = guide.data();
    if (preselected || !data || !params.dienst) return;
    preselected = true;
    const service = data.services.find((s) => s.id === params.dienst);
    const target = service && bookingOfficeFor(service, data.offices);
    if (!service || !target || draft.officeId()) return;
    draft.chooseOffice(target.id);
    draft.toggleService(service.id, true);
  });
  // "Termin buchen" on an office's page: that office chosen, the services still to pick.
  let officePreselected = false;
  createEffect(() => {
    const wanted = params.amt;
    if (officePreselected || !wanted || offices().length === 0) return;
    officePreselected = true;
    if (!draft.officeId() && offices().some((o) => o.id === wanted)) draft.chooseOffice(wanted);
  });

  createEffect(() => {
    const types = visitTypes();
    if (!types.includes(draft.visitType())) draft.setVisitType(types[0] ?? "on-site");
  });

  // The proof of work starts with the contact step, so it is usually done when "Buchen" is pressed.
  const restartProof = () => {
    draft.proofOfWork()?.abort();
    draft.setProofOfWork(startProofOfWork());
  };
  createEffect(() => {
    if (step() === "details" && sessionKnown() && !account() && !draft.proofOfWork()) restartProof();
  });
  onCleanup(() => draft.proofOfWork()?.abort());

  const booked = (appointment: Appointment) => {
    draft.setSlot(null);
    draft.setProofOfWork(null);
    if (appointment.status === "held") {
      draft.setBooked(appointment);
      go("sent");
      return;
    }
    void keepOwn(appointment).then(() => {
      void requestSync();
      navigate(`/termine/meine/${encodeURIComponent(appointment.id)}?neu=1`);
    });
  };

  return (
    <Switch>
      <Match when={step() === "services"}>
        <StepFrame
          back={
            params.dienst
              ? { href: `/dienstleistungen/${encodeURIComponent(params.dienst)}` }
              : params.amt
                ? { href: `/standorte/${encodeURIComponent(params.amt)}` }
                : { href: "/" }
          }
          number={1}
          title={t(TITLES.services)}
        >
          <ServicesStep
            draft={draft}
            offices={offices()}
            services={services()}
            ready={guide.ready()}
            onNext={() => go("time")}
          />
        </StepFrame>
      </Match>
      <Match when={step() === "time" && office()}>
        {(current) => (
          <StepFrame back={{ href: stepHref("services") }} number={2} title={t(TITLES.time)}>
            <TimeStep draft={draft} office={current()} services={services()} onNext={() => go("details")} />
          </StepFrame>
        )}
      </Match>
      <Match when={step() === "details"}>
        <StepFrame back={{ href: stepHref("time") }} number={3} title={t(TITLES.details)}>
          <DetailsStep
            draft={draft}
            services={chosen()}
            visitTypes={visitTypes()}
            account={account()}
            onRetryProof={restartProof}
            onNext={() => go("review")}
          />
        </StepFrame>
      </Match>
      <Match when={step() === "review" && office()}>
        {(current) => (
          <StepFrame back={{ href: stepHref("details") }} number={4} title={t(TITLES.review)}>
            <ReviewStep
              draft={draft}
              office={current()}
              services={services()}
              account={account()}
              onRestartProof={restartProof}
              onBooked={booked}
              onSlotLost={() => go("time")}
            />
          </StepFrame>
        )}
      </Match>
      <Match when={step() === "sent" && draft.booked()}>
        {(appointment) => (
          <StepFrame back={{ href: "/", label: t("appointments.sent.home") }} title={t(TITLES.sent)}>
            <SentStep appointment={appointment()} />
          </StepFrame>
        )}
      </Match>
    </Switch>
  );
}
