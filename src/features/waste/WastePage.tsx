// /abfall: the resident picks street and house number once (kept on this device only; an account does
// not hold it yet) and sees the next day of each bin and the coming days, read from the device so it
// works offline, and can subscribe the district's days in a calendar app (webcal:).
import { createMemo, createSignal, For, lazy, onMount, Show } from "solid-js";
import { addDays, berlinDate, startOfBerlinDay } from "../../lib/contract/berlin-time";
import { BIN_TYPES, type BinType, districtOf } from "../../lib/contract/waste";
import { formatFullDay } from "../../lib/date-format";
import { language, t } from "../../lib/i18n";
import { appDb } from "../../lib/db";
import { createLiveQuery } from "../../lib/live-query";
import { signedInHere } from "../../lib/personal-data";
import { requestSync } from "../../lib/sync-status";
import { SelectInput, TextInput } from "../../ui/Field";
import { feedLanguage, webcalUrl } from "../../lib/webcal";
import { usePageTitle } from "../../ui/page-title";
import { allStreets, districtById, forgetAddress, saveAddress, savedAddress } from "./data";
import { comingDays, nextDayPerBin } from "./next-days";
import "./waste.css";

/** The push part is its own chunk: most visits only look at the days. */
const Reminders = lazy(() => import("./Reminders"));

/** The bins the district collects at all (every bin while it has no days yet). */
function binsOf(days: readonly { bins: readonly BinType[] }[]): BinType[] {
  const used = BIN_TYPES.filter((bin) => days.some((day) => day.bins.includes(bin)));
  return used.length > 0 ? used : [...BIN_TYPES];
}

/** Noon of a calendar day: far from any clock change, so every formatter names the same day. */
const dayValue = (date: string) => new Date(startOfBerlinDay(date) + 12 * 3600_000);

export default function WastePage() {
  usePageTitle(() => t("waste.page.title"));
  onMount(() => void requestSync());
  const streets = createLiveQuery(() => allStreets);
  const address = createLiveQuery(() => savedAddress);
  // Signed in, the address is kept on the account too (data.ts); the form says where it goes.
  const signedIn = createLiveQuery(() => () => signedInHere(appDb()));
  const [streetId, setStreetId] = createSignal("");
  const [houseNumber, setHouseNumber] = createSignal("");
  const [error, setError] = createSignal<string>();
  const [editing, setEditing] = createSignal(false);

  const street = createMemo(() => streets.data()?.find((s) => s.id === address.data()?.streetId));
  const districtId = createMemo(() => {
    const picked = address.data();
    const s = street();
    return picked && s ? districtOf(s, picked.houseNumber) : null;
  });
  const district = createLiveQuery(() => {
    const id = districtId();
    return () => (id ? districtById(id) : undefined);
  });
  const today = () => berlinDate(new Date());
  const tomorrow = () => addDays(today(), 1);
  const showForm = () => editing() || !address.data();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = streets.data()?.find((s) => s.id === streetId());
    if (!chosen) return setError("waste.address.streetMissing");
    if (districtOf(chosen, houseNumber()) === null) return setError("waste.address.numberUnknown");
    setError(undefined);
    await saveAddress(chosen.id, houseNumber());
    setEditing(false);
  };

  const startEditing = () => {
    setStreetId(address.data()?.streetId ?? "");
    setHouseNumber(address.data()?.houseNumber ?? "");
    setEditing(true);
  };

  const feedUrl = () => {
    const id = districtId();
    if (!id) return "";
    return webcalUrl(
      `/api/waste/districts/${encodeURIComponent(id)}/calendar.ics`,
      { lang: feedLanguage(language()) },
      location.origin,
    );
  };

  return (
    <section class="waste">
      <h1>{t("waste.page.title")}</h1>
      <p class="lead">{t("waste.page.lead")}</p>

      <Show when={showForm()}>
        <form class="waste-address" onSubmit={(event) => void submit(event)} novalidate>
          <Show when={error()}>
            {(key) => (
              <p class="field-error" role="alert">
                {t(key())}
              </p>
            )}
          </Show>
          <SelectInput
            id="waste-street"
            label={t("waste.address.street")}
            required
            value={streetId()}
            onChange={setStreetId}
            options={[
              { value: "", label: t("waste.address.chooseStreet") },
              ...(streets.data() ?? []).map((s) => ({ value: s.id, label: s.name })),
            ]}
          />
          <TextInput
            id="waste-number"
            label={t("waste.address.number")}
            hint={t("waste.address.numberHint")}
            short
            value={houseNumber()}
            maxLength={10}
            autocomplete="off"
            onInput={setHouseNumber}
          />
          <p class="hint">{t(signedIn.data() ? "waste.address.onAccount" : "waste.address.deviceOnly")}</p>
          <button type="submit" class="button">
            {t("waste.address.save")}
          </button>
        </form>
      </Show>

      <Show when={!showForm() && address.data()}>
        {(picked) => (
          <div class="waste-picked">
            <p>
              {t("waste.address.current", {
                street: street()?.name ?? "",
                number: picked().houseNumber,
              })}
            </p>
            <p class="waste-actions">
              <button type="button" class="button secondary" onClick={startEditing}>
                {t("waste.address.change")}
              </button>
              <button type="button" class="button secondary" onClick={() => void forgetAddress()}>
                {t("waste.address.forget")}
              </button>
            </p>
          </div>
        )}
      </Show>

      <Show when={!showForm() && district.data()}>
        {(d) => (
          <>
            <h2>{t("waste.next.title", { district: d().name })}</h2>
            <Show when={d().sample}>
              <p class="notice">{t("waste.next.sample")}</p>
            </Show>
            <Show when={nextDayPerBin(d().days, today()).length > 0} fallback={<p>{t("waste.next.none")}</p>}>
              <ul class="waste-bins">
                <For each={nextDayPerBin(d().days, today())}>
                  {(entry) => (
                    <li class={`waste-bin waste-bin-${entry.bin}`}>
                      <span class="waste-bin-name">{t(`waste.bins.${entry.bin}`)}</span>
                      <span>
                        {entry.date === today()
                          ? t("waste.next.today")
                          : entry.date === tomorrow()
                            ? t("waste.next.tomorrow")
                            : formatFullDay(dayValue(entry.date))}
                      </span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <h2>{t("waste.coming.title")}</h2>
            <ul class="waste-days">
              <For each={comingDays(d().days, today(), 12)}>
                {(day) => (
                  <li>
                    <span class="waste-day-date">{formatFullDay(dayValue(day.date))}</span>{" "}
                    <span>{day.bins.map((bin) => t(`waste.bins.${bin}`)).join(", ")}</span>
                  </li>
                )}
              </For>
            </ul>
            <Reminders districtId={d().id} bins={binsOf(d().days)} />
            <h2>{t("waste.feed.title")}</h2>
            <p>{t("waste.feed.text")}</p>
            <p>
              <a href={feedUrl()}>{t("waste.feed.link")}</a>
            </p>
          </>
        )}
      </Show>
      <Show when={!showForm() && address.data() && district.ready() && !district.data()}>
        <p>{t("waste.next.notLoaded")}</p>
      </Show>
    </section>
  );
}
