// Where the defect is: a tap on the map places the pin; without a pointer the resident sets it in
// the city centre (or at the device's position, asked only after the tap) and moves it with the
// arrow buttons or the arrow keys. The position is said back in words under the map.
import { createSignal, For, Show } from "solid-js";
import { locale, t } from "../../lib/i18n";
import { FieldError } from "../../ui/Field";
import { locate, LocateFailed, type LocateError } from "../map/near-me";
import { ARROW_KEYS, CITY_CENTRE, type Direction, formatDegrees, movePin, type Pin } from "./report-form";
import { ReportsMap } from "./ReportsMap";

const DIRECTIONS: Direction[] = ["north", "west", "east", "south"];

export function PositionPicker(props: {
  id: string;
  pin: Pin | null;
  onPin: (pin: Pin) => void;
  error?: string;
  /** The question and its hint, when the pin is not a defect's place (the centre of a followed area). */
  legend?: string;
  hint?: string;
}) {
  const [locating, setLocating] = createSignal(false);
  const [failure, setFailure] = createSignal<LocateError | null>(null);

  async function useMyPosition() {
    setLocating(true);
    setFailure(null);
    try {
      const position = await locate();
      props.onPin({ lat: position.lat, lon: position.lon });
    } catch (error) {
      setFailure(error instanceof LocateFailed ? error.reason : "unavailable");
    } finally {
      setLocating(false);
    }
  }

  const move = (direction: Direction) => props.onPin(movePin(props.pin ?? CITY_CENTRE, direction));
  const onKey = (event: KeyboardEvent) => {
    const direction = ARROW_KEYS[event.key];
    if (!direction) return;
    event.preventDefault();
    move(direction);
  };

  return (
    <fieldset
      id={props.id}
      tabindex="-1"
      class="form-choices report-position"
      classList={{ "field-invalid": Boolean(props.error) }}
      aria-describedby={`${props.id}-hint ${props.id}-words`}
    >
      <legend>{props.legend ?? t("reports.form.position.legend")}</legend>
      <p id={`${props.id}-hint`} class="hint">
        {props.hint ?? t("reports.form.position.hint")}
      </p>
      <FieldError id={props.id} error={props.error} />
      <ReportsMap pin={props.pin} onPick={props.onPin} label={t("reports.form.position.mapLabel")} />
      <p id={`${props.id}-words`} class="report-position-words" role="status">
        <Show when={props.pin} fallback={t("reports.form.position.none")}>
          {(pin) => (
            // In JSX, so the words follow the pin (Show runs its children once).
            <>
              {t("reports.form.position.words", {
                lat: formatDegrees(pin().lat, locale()),
                lon: formatDegrees(pin().lon, locale()),
              })}
            </>
          )}
        </Show>
      </p>
      <div class="report-position-actions">
        <button
          type="button"
          class="button secondary"
          disabled={locating()}
          onClick={() => void useMyPosition()}
        >
          {t("reports.form.position.mine")}
        </button>
        <Show when={!props.pin}>
          <button type="button" class="button secondary" onClick={() => props.onPin(CITY_CENTRE)}>
            {t("reports.form.position.centre")}
          </button>
        </Show>
      </div>
      <p class="hint">{t("reports.form.position.privacy")}</p>
      <Show when={locating()}>
        <p role="status">{t("reports.form.position.locating")}</p>
      </Show>
      <Show when={failure()}>
        {(reason) => (
          <p class="field-error" role="alert">
            {t(`reports.form.position.errors.${reason()}`)}
          </p>
        )}
      </Show>
      <Show when={props.pin}>
        <div
          class="report-pin-pad"
          role="group"
          aria-label={t("reports.form.position.moveLabel")}
          onKeyDown={onKey}
        >
          <For each={DIRECTIONS}>
            {(direction) => (
              <button
                type="button"
                class={`button secondary report-pin-${direction}`}
                onClick={() => move(direction)}
              >
                {t(`reports.form.position.move.${direction}`)}
              </button>
            )}
          </For>
        </div>
        <p class="hint">{t("reports.form.position.keys")}</p>
      </Show>
    </fieldset>
  );
}
