// One appointment as the resident keeps it: the reference large and as a QR code for checking in,
// when and where, what to bring, and what can still be done. Reads only the device: works offline.
import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { localized, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { officeById, servicesByIds } from "../services/data";
import { AppointmentActions } from "./AppointmentActions";
import { berlinDateOf } from "./calendar";
import { Checklist } from "./Checklist";
import type { StoredAppointment } from "./data";
import { formatFullDay } from "../../lib/date-format";
import { statusLabel, timeRange, visitTypeLabel } from "./format";
import { QrCode } from "./QrCode";
import { ServiceLines } from "./ServiceLines";
import { isUpcoming } from "./status";

export function AppointmentView(props: {
  entry: StoredAppointment;
  /** A success message of the page that shows it ("gebucht", "bestätigt"). */
  notice?: JSX.Element;
  onRemoved: () => void;
}) {
  const appointment = () => props.entry.appointment;
  const office = createLiveQuery(() => {
    const id = appointment().officeId;
    return () => officeById(id);
  });
  const services = createLiveQuery(() => {
    const ids = appointment().services.map((s) => s.serviceId);
    return () => servicesByIds(ids);
  });

  return (
    <section class="account appointments">
      <p class="back-link">
        <A href="/termine/meine">{t("appointments.mine.title")}</A>
      </p>
      <h1>{t("appointments.view.title", { day: formatFullDay(berlinDateOf(appointment().start)) })}</h1>
      {props.notice}
      <p class={`appointment-status status-${appointment().status}`}>
        {t(`appointments.view.statusText.${appointment().status}`)}
      </p>

      <div class="reference-card">
        <div>
          <p class="reference-label">{t("appointments.view.reference")}</p>
          <p class="reference">{appointment().reference}</p>
          <p class="hint">{t("appointments.view.qrHint")}</p>
        </div>
        <QrCode
          text={appointment().reference}
          label={t("appointments.view.qrLabel", { reference: appointment().reference })}
        />
      </div>

      <dl class="facts">
        <dt>{t("appointments.view.date")}</dt>
        <dd>{formatFullDay(berlinDateOf(appointment().start))}</dd>
        <dt>{t("appointments.view.time")}</dt>
        <dd>{timeRange(appointment())}</dd>
        <dt>{t("appointments.view.place")}</dt>
        <dd>
          <Show when={office.data()} fallback={appointment().officeId}>
            {(o) => (
              <>
                <A href={`/standorte/${o().id}`}>{localized(o().text).name}</A>
                <br />
                {o().address.street}, {o().address.postalCode} {o().address.city}
              </>
            )}
          </Show>
        </dd>
        <dt>{t("appointments.view.visitType")}</dt>
        <dd>{visitTypeLabel(appointment().visitType)}</dd>
        <dt>{t("appointments.view.services")}</dt>
        <dd>
          <ServiceLines lines={appointment().services} services={services.data()} />
        </dd>
        <dt>{t("appointments.view.name")}</dt>
        <dd>{appointment().name}</dd>
        <dt>{t("appointments.view.status")}</dt>
        <dd>{statusLabel(appointment().status)}</dd>
      </dl>

      <Show when={isUpcoming(appointment())}>
        <Checklist services={services.data() ?? []} />
      </Show>

      <AppointmentActions entry={props.entry} office={office.data()} onRemoved={props.onRemoved} />
    </section>
  );
}
