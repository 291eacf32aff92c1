// /termine/meine/:id: one appointment from the device, with its QR code and checklist, also offline.
import { A, useNavigate, useParams, useSearchParams } from "@solidjs/router";
import { onMount, Show } from "solid-js";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { usePageTitle } from "../../ui/page-title";
import { useSession } from "../account/SignedInOnly";
import { AppointmentView } from "./AppointmentView";
import { storedAppointment } from "./data";
import { refreshKept } from "./refresh";
import "../account/account.css";
import "./appointments.css";

export default function MyAppointmentPage() {
  useSession();
  const params = useParams<{ id: string }>();
  const [search] = useSearchParams<{ neu?: string }>();
  const navigate = useNavigate();
  const entry = createLiveQuery(() => {
    const id = params.id;
    return () => storedAppointment(id);
  });
  onMount(() => {
    void storedAppointment(params.id).then((found) => (found ? refreshKept([found]) : undefined));
  });
  usePageTitle(() => (entry.data() ? t("appointments.view.pageTitle") : t("appointments.mine.notFound")));

  return (
    <Show when={entry.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
      <Show
        when={entry.data()}
        fallback={
          <section class="appointments">
            <h1>{t("appointments.mine.notFound")}</h1>
            <p>{t("appointments.mine.notFoundText")}</p>
            <p>
              <A href="/termine/meine">{t("appointments.mine.title")}</A>
            </p>
          </section>
        }
      >
        {(current) => (
          <AppointmentView
            entry={current()}
            notice={
              <Show when={search.neu && current().appointment.status === "confirmed"}>
                <div class="success" role="status">
                  <p class="success-title">{t("appointments.view.booked")}</p>
                </div>
              </Show>
            }
            onRemoved={() => navigate("/termine/meine", { replace: true })}
          />
        )}
      </Show>
    </Show>
  );
}
