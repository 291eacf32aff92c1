// /termine/verwalten#<token>: the link from the booking mail. The token travels in the fragment (never
// sent to a server, not in logs); it leaves the address bar at once, confirms the appointment (double
// opt-in), and is kept on the device with it, so the appointment opens and can be cancelled offline.
import { A, useNavigate } from "@solidjs/router";
import { createSignal, Match, onMount, Switch } from "solid-js";
import { tokenRequestSchema } from "../../lib/contract/appointments";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { usePageTitle } from "../../ui/page-title";
import { confirmByToken } from "./api";
import { AppointmentView } from "./AppointmentView";
import { keepAnswer, storedAppointment } from "./data";
import { errorKey, isApiError } from "./errors";
import "../account/account.css";
import "./appointments.css";

type State =
  | { kind: "checking" }
  | { kind: "done"; id: string }
  | { kind: "invalid" }
  | { kind: "expired" }
  | { kind: "failed"; messageKey: string };

export default function ManagePage() {
  usePageTitle(() => t("appointments.manage.title"));
  const navigate = useNavigate();
  const [state, setState] = createSignal<State>({ kind: "checking" });
  let token: string | null = null;

  const confirm = async () => {
    const parsed = tokenRequestSchema.safeParse({ token: token ?? "" });
    if (!parsed.success) {
      setState({ kind: "invalid" });
      return;
    }
    setState({ kind: "checking" });
    try {
      const appointment = await confirmByToken(parsed.data.token);
      await keepAnswer(appointment, parsed.data.token);
      setState({ kind: "done", id: appointment.id });
    } catch (failure) {
      if (isApiError(failure, "link_invalid", "validation_failed", "not_found"))
        setState({ kind: "invalid" });
      else if (isApiError(failure, "hold_expired")) setState({ kind: "expired" });
      else setState({ kind: "failed", messageKey: errorKey(failure) });
    }
  };

  onMount(() => {
    token = window.location.hash.slice(1) || null;
    // The secret must not stay in the address bar, the history or a shared screenshot.
    if (window.location.hash) {
      window.history.replaceState(
        window.history.state,
        "",
        window.location.pathname + window.location.search,
      );
    }
    void confirm();
  });

  const done = createLiveQuery(() => {
    const current = state();
    const id = current.kind === "done" ? current.id : null;
    return () => (id ? storedAppointment(id) : undefined);
  });

  return (
    <Switch>
      <Match when={state().kind === "done" && done.data()}>
        {(entry) => (
          <AppointmentView
            entry={entry()}
            notice={
              <div class="success" role="status">
                <p>{t("appointments.manage.kept")}</p>
              </div>
            }
            onRemoved={() => navigate("/termine/meine")}
          />
        )}
      </Match>
      <Match when={true}>
        <section class="account appointments">
          <h1>{t("appointments.manage.title")}</h1>
          <Switch>
            <Match when={state().kind === "checking" || state().kind === "done"}>
              <p class="loading" role="status">
                {t("appointments.manage.checking")}
              </p>
            </Match>
            <Match when={state().kind === "invalid"}>
              <div role="alert">
                <p class="problem-title">{t("appointments.manage.invalid")}</p>
                <p>{t("appointments.manage.invalidText")}</p>
              </div>
            </Match>
            <Match when={state().kind === "expired"}>
              <div role="alert">
                <p class="problem-title">{t("appointments.manage.expired")}</p>
                <p>{t("errors.hold_expired")}</p>
              </div>
            </Match>
            <Match when={state().kind === "failed"}>
              <div role="alert">
                <p>{t(failureKey(state()))}</p>
              </div>
              <button type="button" class="button" onClick={() => void confirm()}>
                {t("common.retry")}
              </button>
            </Match>
          </Switch>
          <p>
            <A href="/termine">{t("appointments.manage.bookNew")}</A>
          </p>
          <p>
            <A href="/termine/meine">{t("appointments.mine.link")}</A>
          </p>
        </section>
      </Match>
    </Switch>
  );
}

const failureKey = (state: State) => (state.kind === "failed" ? state.messageKey : "errors.internal_error");
