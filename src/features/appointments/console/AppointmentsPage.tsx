// /verwaltung/termine: the day view of an office's appointment calendar. Check-in at the top (the
// field a scanner types into), then office and day, the day's appointments, its closures, and
// blocking a period. Office and day sit in the address (?standort=&datum=), so a reload keeps them.
import { useSearchParams } from "@solidjs/router";
import { createMemo, Show } from "solid-js";
import type { StaffAppointment } from "../../../lib/contract/appointments";
import { formatFullDay } from "../../../lib/date-format";
import { locale, localized, t } from "../../../lib/i18n";
import { createLiveQuery } from "../../../lib/live-query";
import { usePageTitle } from "../../../ui/page-title";
import { account } from "../../account/session";
import { allOffices, allServices } from "../../services/data";
import { createNow } from "../../warnings/now";
import { NoAccessNotice } from "../../staff/Access";
import { fetchDayView } from "./api";
import { withAppointment, withoutClosure } from "./day";
import { addDays, berlinDate, isIsoDate } from "./berlin-day";
import { CheckInForm } from "./CheckInForm";
import { ClosureForm } from "./ClosureForm";
import { ClosureList } from "./ClosureList";
import { DaySchedule } from "./DaySchedule";
import { DateInput, SelectInput } from "../../../ui/Field";
import { calendarOffices, canManageAppointments } from "../../staff/permissions";
import { createRemote } from "../../../lib/remote";
import { RemoteStatus } from "../../../ui/RemoteStatus";

export default function AppointmentsPage() {
  usePageTitle(() => t("appointments.console.title"));
  const allowed = () => {
    const me = account();
    return me !== null && canManageAppointments(me);
  };
  return (
    <Show when={allowed()} fallback={<NoAccessNotice />}>
      <AppointmentsDay />
    </Show>
  );
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Noon UTC lies on the same calendar day in Berlin all year: a safe instant to format a date. */
const dayLabel = (date: string) => formatFullDay(`${date}T12:00:00Z`);

function AppointmentsDay() {
  const [params, setParams] = useSearchParams();
  const offices = createLiveQuery(() => allOffices);
  const services = createLiveQuery(() => allServices);
  const now = createNow();

  const mine = createMemo(() => {
    const me = account();
    const list = me ? calendarOffices(me, offices.data() ?? []) : [];
    return list.sort((a, b) => localized(a.text).name.localeCompare(localized(b.text).name, locale()));
  });
  const officeId = createMemo(() => {
    const wanted = single(params.standort);
    return (mine().find((office) => office.id === wanted) ?? mine()[0])?.id;
  });
  const date = createMemo(() => {
    const wanted = single(params.datum);
    return wanted && isIsoDate(wanted) ? wanted : berlinDate(now());
  });
  const officeName = (id: string) => {
    const office = (offices.data() ?? []).find((o) => o.id === id);
    return office ? localized(office.text).name : id;
  };

  const key = createMemo(
    () => {
      const office = officeId();
      return office ? { office, date: date() } : undefined;
    },
    undefined,
    { equals: (a, b) => a?.office === b?.office && a?.date === b?.date },
  );
  const day = createRemote(
    () => key(),
    ({ office, date }) => fetchDayView(office, date),
  );

  const titles = createMemo(
    () => new Map((services.data() ?? []).map((service) => [service.id, localized(service.text).title])),
  );
  const serviceTitle = (id: string) => titles().get(id) ?? id;

  const choose = (change: { standort?: string; datum?: string }) => setParams(change, { replace: true });
  const changed = (appointment: StaffAppointment) => {
    const view = day.data();
    if (view) day.set(withAppointment(view, appointment));
  };

  return (
    <section>
      <h1>{t("appointments.console.title")}</h1>
      <p class="lead">{t("appointments.console.lead")}</p>
      <CheckInForm
        onCheckedIn={changed}
        otherOfficeName={(appointment) =>
          appointment.officeId === officeId() ? undefined : officeName(appointment.officeId)
        }
      />
      <Show when={offices.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
        <Show
          when={mine().length > 0}
          fallback={
            <p class="notice">
              {(offices.data() ?? []).length === 0
                ? t("appointments.console.notLoaded")
                : t("appointments.console.noCalendar")}
            </p>
          }
        >
          <section aria-labelledby="day-choice-title">
            <h2 id="day-choice-title" class="visually-hidden">
              {t("appointments.console.choice.title")}
            </h2>
            <div class="staff-filters">
              <SelectInput
                id="appointments-office"
                label={t("appointments.console.choice.office")}
                value={officeId() ?? ""}
                onChange={(value) => choose({ standort: value })}
                options={mine().map((office) => ({ value: office.id, label: localized(office.text).name }))}
              />
              <DateInput
                id="appointments-date"
                label={t("appointments.console.choice.date")}
                value={date()}
                onInput={(value) => {
                  if (isIsoDate(value)) choose({ datum: value });
                }}
              />
            </div>
            <div class="button-row staff-day-nav">
              <button
                type="button"
                class="button secondary"
                onClick={() => choose({ datum: addDays(date(), -1) })}
              >
                {t("appointments.console.choice.previous")}
              </button>
              <button
                type="button"
                class="button secondary"
                onClick={() => choose({ datum: berlinDate(Date.now()) })}
              >
                {t("appointments.console.choice.today")}
              </button>
              <button
                type="button"
                class="button secondary"
                onClick={() => choose({ datum: addDays(date(), 1) })}
              >
                {t("appointments.console.choice.next")}
              </button>
              <button type="button" class="button secondary" onClick={() => day.reload()}>
                {t("staff.common.refresh")}
              </button>
            </div>
          </section>
          <section aria-labelledby="day-title">
            <h2 id="day-title">
              {t("appointments.console.day.title", {
                day: dayLabel(date()),
                office: officeName(officeId() ?? ""),
              })}
            </h2>
            <RemoteStatus remote={day} />
            <Show when={day.data()}>
              {(view) => (
                <DaySchedule
                  view={view()}
                  dayLabel={dayLabel(view().date)}
                  now={now()}
                  serviceTitle={serviceTitle}
                  onChanged={changed}
                />
              )}
            </Show>
          </section>
          <Show when={day.data()}>
            {(view) => (
              <ClosureList
                closures={view().closures}
                onRemoved={(id) => {
                  const current = day.data();
                  if (current) day.set(withoutClosure(current, id));
                }}
              />
            )}
          </Show>
          {/* Keyed: another office or day starts a fresh form with that day filled in. */}
          <Show when={key()} keyed>
            {(current) => (
              <ClosureForm officeId={current.office} date={current.date} onCreated={() => day.reload()} />
            )}
          </Show>
        </Show>
      </Show>
    </section>
  );
}
