// The hours editor: a row per weekday (closed, or one or two time ranges), a rule for public
// holidays, the resulting OpenStreetMap opening_hours rule, a raw mode for richer rules, the
// library's check of the rule, and a preview of the coming seven days. The library comes with
// hours-check.ts, loaded when the editor first shows.
import {
  createEffect,
  createMemo,
  createResource,
  createSignal,
  For,
  Index,
  Match,
  Show,
  Switch,
  untrack,
} from "solid-js";
import { createStore, produce, unwrap } from "solid-js/store";
import { wallClock } from "../../../lib/date-format";
import { locale, t } from "../../../lib/i18n";
import { Choice, ChoiceGroup } from "../../../ui/Choices";
import { FieldError, FieldRow, SelectInput, TextInput, TimeInput } from "../../../ui/Field";
import type { PreviewDay } from "./hours-check";
import {
  defaultWeek,
  formatWeek,
  HOLIDAY_MODES,
  type HolidayMode,
  MAX_RANGES,
  parseWeek,
  type RangeProblem,
  type TimeRange,
  type Weekday,
  WEEKDAYS,
  type WeekHours,
  weekProblems,
} from "./hours";

const loadChecks = () => import("./hours-check");

export type HoursMode = "rows" | "raw" | "none";

/** What the editor holds: the rule to send (null: not given) and why it cannot be sent yet. */
export type HoursValue = {
  rule: string | null;
  /** Translation key of the problem, with the library's message as `detail`. */
  problem: string | undefined;
  detail: string | undefined;
};

function initialState(
  initial: string | null,
  isNew: boolean,
): { mode: HoursMode; week: WeekHours; raw: string } {
  if (initial === null) return { mode: isNew ? "rows" : "none", week: defaultWeek(), raw: "" };
  const week = parseWeek(initial);
  return week ? { mode: "rows", week, raw: initial } : { mode: "raw", week: defaultWeek(), raw: initial };
}

/** Default times when a day opens or gets a second range (a lunch break). */
function rangesFor(count: number, current: readonly TimeRange[]): TimeRange[] {
  const first = current[0] ?? { from: "09:00", to: "18:00" };
  const last = current.at(-1) ?? first;
  if (count === 0) return [];
  if (count === 1) return [{ from: first.from, to: last.to }];
  if (current.length >= 2) return current.map((range) => ({ ...range }));
  const split = first.from < "13:00" && first.to > "14:00";
  return split
    ? [
        { from: first.from, to: "13:00" },
        { from: "14:00", to: first.to },
      ]
    : [
        { from: "09:00", to: "13:00" },
        { from: "14:00", to: "18:00" },
      ];
}

/** The editor's `time` inputs cannot say 24:00: midnight at the end of the day shows as 00:00. */
const shownEnd = (to: string) => (to === "24:00" ? "00:00" : to);
const storedEnd = (to: string) => (to === "00:00" ? "24:00" : to);

export function HoursEditor(props: {
  id: string;
  initial: string | null;
  /** A new entry starts with a sample week; an existing one without hours with "not given". */
  isNew: boolean;
  onChange: (value: HoursValue) => void;
  /** A refusal from the form's check or the server: a translation key and the library's message. */
  error: string | undefined;
  errorDetail: string | undefined;
}) {
  const start = untrack(() => initialState(props.initial, props.isNew));
  const [mode, setMode] = createSignal<HoursMode>(start.mode);
  const [week, setWeek] = createStore<WeekHours>(start.week);
  const [raw, setRaw] = createSignal(start.raw);
  const [notParsed, setNotParsed] = createSignal(false);
  const [checks] = createResource(loadChecks);
  let rawRadio: HTMLInputElement | undefined;

  const problems = createMemo(() => (mode() === "rows" ? weekProblems(week) : {}));
  const rule = createMemo((): string | null => {
    switch (mode()) {
      case "none":
        return null;
      case "rows":
        return formatWeek(week);
      case "raw":
        return raw().trim();
    }
  });
  const libraryCheck = createMemo(() => {
    const current = rule();
    const loaded = checks();
    if (current === null || current === "" || !loaded) return undefined;
    return loaded.checkRule(current, locale());
  });
  const value = createMemo((): HoursValue => {
    const current = rule();
    if (Object.keys(problems()).length > 0)
      return { rule: current, problem: "merchant.hours.errors.rows", detail: undefined };
    if (current === "") return { rule: current, problem: "merchant.hours.errors.empty", detail: undefined };
    const check = libraryCheck();
    if (check && !check.valid)
      return { rule: current, problem: "merchant.details.errors.openingHours", detail: check.message };
    return { rule: current, problem: undefined, detail: undefined };
  });
  createEffect(() => props.onChange(value()));

  const preview = createMemo(() => {
    const current = rule();
    const loaded = checks();
    const check = libraryCheck();
    if (!current || !loaded || !check?.valid) return undefined;
    return loaded.weekPreview(current);
  });

  const chooseMode = (next: HoursMode, input: HTMLInputElement) => {
    setNotParsed(false);
    if (next === "raw" && mode() === "rows") setRaw(formatWeek(unwrap(week)));
    if (next === "rows" && mode() === "raw") {
      const parsed = parseWeek(raw());
      if (!parsed) {
        // Stays in the raw rule: the radio buttons go back to it.
        input.checked = false;
        if (rawRadio) rawRadio.checked = true;
        setNotParsed(true);
        return;
      }
      setWeek(parsed);
    }
    setMode(next);
  };

  const setRanges = (day: Weekday, ranges: TimeRange[]) => setWeek("days", day, ranges);
  const copyMonday = () =>
    setWeek(
      produce((draft) => {
        for (const day of ["Tu", "We", "Th", "Fr"] as const)
          draft.days[day] = draft.days.Mo.map((range) => ({ ...range }));
      }),
    );

  return (
    // Focusable: the form's error summary links here.
    <fieldset
      class="merchant-hours"
      id={props.id}
      tabindex="-1"
      classList={{ "field-invalid": Boolean(props.error) }}
      aria-describedby={props.error && mode() !== "raw" ? `${props.id}-error` : undefined}
    >
      <legend>{t("merchant.hours.title")}</legend>
      <Show when={mode() !== "raw"}>
        <FieldError id={props.id} error={props.error} detail={props.errorDetail} />
      </Show>

      <ChoiceGroup id={`${props.id}-mode`} legend={t("merchant.hours.modeLegend")}>
        <For each={["rows", "raw", "none"] as const}>
          {(option) => (
            <Choice
              id={`${props.id}-mode-${option}`}
              type="radio"
              name={`${props.id}-mode`}
              label={t(`merchant.hours.modes.${option}`)}
              checked={mode() === option}
              ref={(element) => {
                if (option === "raw") rawRadio = element;
              }}
              onChange={(checked, input) => {
                if (checked) chooseMode(option, input);
              }}
            />
          )}
        </For>
      </ChoiceGroup>
      <div role="status">
        <Show when={notParsed()}>
          <p class="notice">{t("merchant.hours.notParsed")}</p>
        </Show>
      </div>

      <Switch>
        <Match when={mode() === "rows"}>
          <div class="merchant-hours-rows">
            <For each={WEEKDAYS}>
              {(day) => (
                <RangesRow
                  id={`${props.id}-${day}`}
                  legend={t(`merchant.hours.days.${day}`)}
                  ranges={week.days[day]}
                  onChange={(ranges) => setRanges(day, ranges)}
                  problem={problems()[day]}
                  allowClosed
                />
              )}
            </For>
          </div>
          <button type="button" class="button secondary" onClick={copyMonday}>
            {t("merchant.hours.copyMonday")}
          </button>
          <HolidayRow
            id={`${props.id}-PH`}
            mode={week.holidays.mode}
            ranges={week.holidays.ranges}
            onMode={(next) =>
              setWeek("holidays", {
                mode: next,
                ranges: next === "own" ? rangesFor(1, week.holidays.ranges) : [],
              })
            }
            onRanges={(ranges) => setWeek("holidays", "ranges", ranges)}
            problem={problems().PH}
          />
          <p class="merchant-rule">
            {t("merchant.hours.ruleLabel")} <code>{rule()}</code>
          </p>
        </Match>
        <Match when={mode() === "raw"}>
          <TextInput
            autocomplete="off"
            id={`${props.id}-raw`}
            label={t("merchant.hours.rawLabel")}
            hint={t("merchant.hours.rawHint")}
            value={raw()}
            onInput={setRaw}
            maxLength={255}
            error={props.error}
            errorDetail={props.errorDetail}
            code
          />
          <p class="merchant-rule-check" role="status">
            <Show when={!props.error && libraryCheck()}>
              {(check) => {
                const result = check();
                return result.valid
                  ? t("merchant.hours.ruleValid")
                  : t("merchant.hours.ruleNotYet", { message: result.message });
              }}
            </Show>
          </p>
        </Match>
        <Match when={mode() === "none"}>
          <p class="hint">{t("merchant.hours.noneHint")}</p>
        </Match>
      </Switch>

      <Show when={preview()}>{(days) => <WeekPreview days={days()} />}</Show>
    </fieldset>
  );
}

function RangesRow(props: {
  id: string;
  legend: string;
  ranges: readonly TimeRange[];
  onChange: (ranges: TimeRange[]) => void;
  problem: RangeProblem | undefined;
  allowClosed: boolean;
}) {
  const counts = () => (props.allowClosed ? [0, 1, 2] : [1, 2]);
  const setTime = (index: number, end: "from" | "to", time: string) =>
    props.onChange(
      props.ranges.map((range, i) =>
        i === index ? { ...range, [end]: end === "to" ? storedEnd(time) : time } : { ...range },
      ),
    );
  const labels = (index: number) =>
    index === 0
      ? { from: t("merchant.hours.from"), to: t("merchant.hours.to") }
      : { from: t("merchant.hours.fromAgain"), to: t("merchant.hours.toAgain") };
  return (
    <fieldset
      class="merchant-hours-day"
      classList={{ "field-invalid": Boolean(props.problem) }}
      aria-describedby={props.problem ? `${props.id}-error` : undefined}
    >
      <legend>{props.legend}</legend>
      <FieldError id={props.id} error={props.problem && `merchant.hours.problems.${props.problem}`} />
      <FieldRow>
        <SelectInput
          id={`${props.id}-count`}
          label={t("merchant.hours.count")}
          value={String(props.ranges.length)}
          options={counts().map((count) => ({
            value: String(count),
            label: t(`merchant.hours.counts.${count}`),
          }))}
          onChange={(value) => props.onChange(rangesFor(Number(value), props.ranges))}
        />
        <Index each={props.ranges.slice(0, MAX_RANGES)}>
          {(range, index) => (
            <>
              <TimeInput
                id={`${props.id}-${index}-from`}
                label={labels(index).from}
                value={range().from}
                invalid={Boolean(props.problem)}
                onChange={(time) => setTime(index, "from", time)}
              />
              <TimeInput
                id={`${props.id}-${index}-to`}
                label={labels(index).to}
                value={shownEnd(range().to)}
                invalid={Boolean(props.problem)}
                onChange={(time) => setTime(index, "to", time)}
              />
            </>
          )}
        </Index>
      </FieldRow>
    </fieldset>
  );
}

function HolidayRow(props: {
  id: string;
  mode: HolidayMode;
  ranges: readonly TimeRange[];
  onMode: (mode: HolidayMode) => void;
  onRanges: (ranges: TimeRange[]) => void;
  problem: RangeProblem | undefined;
}) {
  return (
    <div class="merchant-hours-holidays">
      <SelectInput
        id={`${props.id}-mode`}
        label={t("merchant.hours.holidays")}
        hint={t("merchant.hours.holidaysHint")}
        value={props.mode}
        options={HOLIDAY_MODES.map((mode) => ({
          value: mode,
          label: t(`merchant.hours.holidayModes.${mode}`),
        }))}
        onChange={(value) => {
          const next = HOLIDAY_MODES.find((mode) => mode === value);
          if (next) props.onMode(next);
        }}
      />
      <Show when={props.mode === "own"}>
        <RangesRow
          id={props.id}
          legend={t("merchant.hours.holidayTimes")}
          ranges={props.ranges}
          onChange={(ranges) => props.onRanges(ranges)}
          problem={props.problem}
          allowClosed={false}
        />
      </Show>
    </div>
  );
}

// The library answers in Delmenhorst's wall-clock time: format without a time zone shift.
const wallTime = (date: Date) => wallClock.time(date);
const endOf = (day: Date, to: Date) =>
  to.getTime() - day.getTime() >= 24 * 3600_000 ? "24:00" : wallTime(to);

function WeekPreview(props: { days: PreviewDay[] }) {
  return (
    <table class="schedule merchant-preview">
      <caption>{t("merchant.hours.previewTitle")}</caption>
      <tbody>
        <For each={props.days}>
          {(entry) => (
            <tr>
              <th scope="row">{wallClock.shortDayOfMonth(entry.day)}</th>
              <td>
                <Show when={entry.holiday}>
                  {(name) => (
                    <span class="merchant-holiday">{t("merchant.hours.holidayName", { name: name() })} </span>
                  )}
                </Show>
                {entry.intervals.length === 0
                  ? t("merchant.hours.closed")
                  : entry.intervals
                      .map((interval) =>
                        t("merchant.hours.interval", {
                          from: wallTime(interval.from),
                          to: endOf(entry.day, interval.to),
                        }),
                      )
                      .join(", ")}
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
