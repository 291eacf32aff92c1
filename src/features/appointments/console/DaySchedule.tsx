// The appointments of one office and day, in the order they come: who, when, at which counter, for
// what, and the two things a clerk does with them (check in at the counter, note a no-show).
import { createMemo, For, Show } from "solid-js";
import type { DayView, StaffAppointment } from "../../../lib/contract/appointments";
import { t } from "../../../lib/i18n";
import { EmptyState } from "../../../ui/EmptyState";
import { checkIn, markNoShow } from "./api";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { type AppointmentAction, actionsFor, sortedByTime, statusTally } from "./day";
import { DataTable } from "../../../ui/DataTable";
import { createWrite } from "../../../lib/write";
import { formatTime } from "../../../lib/date-format";
import { appointmentStatusLabel, visitTypeLabel } from "./labels";

const rowId = (appointment: StaffAppointment, part: string) => `appointment-${appointment.id}-${part}`;

export function DaySchedule(props: {
  view: DayView;
  /** The day as a heading, e.g. "Montag, 30. März 2026". */
  dayLabel: string;
  now: number;
  serviceTitle: (serviceId: string) => string;
  onChanged: (appointment: StaffAppointment) => void;
}) {
  const appointments = createMemo(() => sortedByTime(props.view.appointments));
  /** Busy with the appointment's id. */
  const write = createWrite<string>();

  const act = async (appointment: StaffAppointment, action: AppointmentAction) => {
    if (write.busy()) return;
    const onChanged = props.onChanged;
    await write.run(
      appointment.id,
      async () => {
        const updated =
          action === "check-in" ? await checkIn(appointment.reference) : await markNoShow(appointment.id);
        onChanged(updated);
        // The row's buttons are gone with the new status: keep the keyboard in the row.
        requestAnimationFrame(() => document.getElementById(rowId(updated, "status"))?.focus());
        return action === "check-in"
          ? t("appointments.console.checkIn.done", {
              name: updated.name,
              time: formatTime(updated.start),
              counter: updated.counter,
            })
          : t("appointments.console.day.noShowDone", { name: updated.name, time: formatTime(updated.start) });
      },
      { overrides: { appointment_not_active: "appointments.console.checkIn.errors.notActive" } },
    );
  };

  return (
    <>
      <p>
        {t("appointments.console.day.count", { count: props.view.appointments.length })}{" "}
        {t("appointments.console.day.counters", { count: props.view.counters })}
      </p>
      <Show when={statusTally(props.view.appointments).length > 0}>
        <ul class="staff-tally" aria-label={t("appointments.console.day.tallyLabel")}>
          <For each={statusTally(props.view.appointments)}>
            {(entry) => (
              <li>
                {t("appointments.console.day.tallyEntry", {
                  status: appointmentStatusLabel(entry.status),
                  count: entry.count,
                })}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <ActionOutcome failureKey={write.failure()} success={write.success()} />
      <Show
        when={appointments().length > 0}
        fallback={
          <EmptyState
            title={t("appointments.console.day.emptyTitle")}
            text={t("appointments.console.day.emptyText")}
          />
        }
      >
        <DataTable caption={t("appointments.console.day.caption", { day: props.dayLabel })}>
          <thead>
            <tr>
              <th scope="col">{t("appointments.console.columns.time")}</th>
              <th scope="col">{t("appointments.console.columns.counter")}</th>
              <th scope="col">{t("appointments.console.columns.reference")}</th>
              <th scope="col">{t("appointments.console.columns.name")}</th>
              <th scope="col">{t("appointments.console.columns.services")}</th>
              <th scope="col">{t("appointments.console.columns.visitType")}</th>
              <th scope="col">{t("appointments.console.columns.status")}</th>
              <th scope="col">{t("appointments.console.columns.contact")}</th>
              <th scope="col">{t("appointments.console.columns.actions")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={appointments()}>
              {(appointment) => (
                <tr>
                  <th scope="row">
                    {t("appointments.console.day.timeRange", {
                      start: formatTime(appointment.start),
                      end: formatTime(appointment.end),
                    })}
                  </th>
                  <td>{appointment.counter}</td>
                  <td class="staff-reference">{appointment.reference}</td>
                  <td id={rowId(appointment, "name")}>{appointment.name}</td>
                  <td>
                    <ul class="staff-cell-list">
                      <For each={appointment.services}>
                        {(line) => (
                          <li>
                            {t("appointments.console.day.serviceLine", {
                              title: props.serviceTitle(line.serviceId),
                              count: line.persons,
                            })}
                          </li>
                        )}
                      </For>
                    </ul>
                  </td>
                  <td>{visitTypeLabel(appointment.visitType)}</td>
                  <td id={rowId(appointment, "status")} tabindex="-1">
                    <Status appointment={appointment} />
                  </td>
                  <td>
                    <ul class="staff-cell-list">
                      <li>
                        <a href={`mailto:${appointment.email}`}>{appointment.email}</a>
                      </li>
                      <Show when={appointment.phone}>
                        {(phone) => (
                          <li>
                            <a href={`tel:${phone().replace(/[^+0-9]/g, "")}`}>{phone()}</a>
                          </li>
                        )}
                      </Show>
                    </ul>
                  </td>
                  <td>
                    <div class="button-row">
                      <For each={actionsFor(appointment, props.now)}>
                        {(action) => (
                          <button
                            type="button"
                            class={action === "check-in" ? "button" : "button secondary"}
                            disabled={write.busy() !== undefined}
                            aria-describedby={rowId(appointment, "name")}
                            onClick={() => void act(appointment, action)}
                          >
                            {write.busy() === appointment.id
                              ? t("appointments.console.day.working")
                              : t(`appointments.console.actions.${action}`)}
                          </button>
                        )}
                      </For>
                    </div>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </DataTable>
      </Show>
    </>
  );
}

function Status(props: { appointment: StaffAppointment }) {
  return (
    <Show
      when={props.appointment.status === "checked-in" && props.appointment.checkedInAt}
      fallback={
        <span
          classList={{
            "staff-state-pending": ["cancelled", "expired", "no-show"].includes(props.appointment.status),
          }}
        >
          {appointmentStatusLabel(props.appointment.status)}
        </span>
      }
    >
      {(at) => (
        <span class="staff-state-done">
          {t("appointments.console.day.checkedInAt", { time: formatTime(at()) })}
        </span>
      )}
    </Show>
  );
}
