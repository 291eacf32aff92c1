// Step 1: where and what for. Only offices that take online bookings, only services bookable there,
// each for as many persons as its rules allow; the visit's length adds up as the resident chooses.
import { createMemo, createSignal, For, Show } from "solid-js";
import { MAX_SERVICES_PER_VISIT } from "../../lib/contract/appointments";
import type { Office, Service } from "../../lib/contract/guide";
import { localized, t } from "../../lib/i18n";
import { Choice, ChoiceGroup, Radios } from "../../ui/Choices";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorSummary, type SummaryItem } from "../../ui/ErrorSummary";
import type { Draft } from "./draft";
import { formatDuration } from "./format";
import { bookableServicesAt, maxPersons, totalDuration } from "./visit";

export function ServicesStep(props: {
  draft: Draft;
  offices: Office[];
  services: Service[];
  /** The guide is read from the device; on a first visit the sync may still be bringing it. */
  ready: boolean;
  onNext: () => void;
}) {
  const [summary, setSummary] = createSignal<SummaryItem[]>([]);
  const available = createMemo(() => {
    const officeId = props.draft.officeId();
    const list = officeId ? bookableServicesAt(props.services, officeId) : [];
    return list.sort((a, b) => localized(a.text).title.localeCompare(localized(b.text).title));
  });
  const line = (serviceId: string) => props.draft.lines().find((l) => l.serviceId === serviceId);
  const duration = () => totalDuration(props.draft.lines(), props.services);
  const full = () => props.draft.lines().length >= MAX_SERVICES_PER_VISIT;

  const next = (event: SubmitEvent) => {
    event.preventDefault();
    if (!props.draft.officeId())
      setSummary([{ fieldId: "booking-office", message: "appointments.services.errorOffice" }]);
    else if (props.draft.lines().length === 0)
      setSummary([{ fieldId: "booking-services", message: "appointments.services.errorServices" }]);
    else props.onNext();
  };

  return (
    <Show
      when={props.offices.length > 0}
      fallback={
        <Show when={props.ready} fallback={<p class="loading">{t("common.loading")}</p>}>
          <EmptyState
            title={t("appointments.services.noOffices")}
            text={t("appointments.services.noOfficesText")}
          />
        </Show>
      }
    >
      <form noValidate onSubmit={next}>
        <ErrorSummary items={summary()} />
        <Radios
          id="booking-office"
          legend={t("appointments.services.officeLegend")}
          options={props.offices.map((office) => ({
            value: office.id,
            label: localized(office.text).name,
            hint: `${office.address.street}, ${office.address.postalCode} ${office.address.city}`,
          }))}
          value={props.draft.officeId() ?? ""}
          onChange={(officeId) => props.draft.chooseOffice(officeId)}
        />

        <Show when={props.draft.officeId()}>
          <ChoiceGroup
            id="booking-services"
            legend={t("appointments.services.servicesLegend")}
            hint={t("appointments.services.servicesHint", { max: MAX_SERVICES_PER_VISIT })}
          >
            <For each={available()}>
              {(service) => (
                <Choice
                  id={`service-${service.id}`}
                  type="checkbox"
                  name="services"
                  value={service.id}
                  label={localized(service.text).title}
                  checked={Boolean(line(service.id))}
                  disabled={!line(service.id) && full()}
                  onChange={(checked) => props.draft.toggleService(service.id, checked)}
                >
                  <Show when={line(service.id) && maxPersons(service) > 1}>
                    <div class="persons">
                      <label for={`persons-${service.id}`}>
                        {t("appointments.services.persons")}
                        <span class="visually-hidden"> ({localized(service.text).title})</span>
                      </label>
                      <select
                        id={`persons-${service.id}`}
                        class="form-input form-input-inline"
                        onChange={(event) =>
                          props.draft.setPersons(service.id, Number(event.currentTarget.value))
                        }
                      >
                        <For each={Array.from({ length: maxPersons(service) }, (_, i) => i + 1)}>
                          {(count) => (
                            <option value={count} selected={count === line(service.id)?.persons}>
                              {count}
                            </option>
                          )}
                        </For>
                      </select>
                    </div>
                  </Show>
                </Choice>
              )}
            </For>
          </ChoiceGroup>
        </Show>

        <p class="duration" aria-live="polite">
          <Show when={duration() > 0}>
            {t("appointments.services.duration", { duration: formatDuration(duration()) })}
          </Show>
        </p>
        <button type="submit" class="button">
          {t("appointments.wizard.continue")}
        </button>
      </form>
    </Show>
  );
}
