// A place picked on a small map (where a defect is, the centre of a followed area): a tap on the map
// places the pin; without a pointer the resident sets it in the city centre (or at the device's
// position, asked only after the tap) and moves it with the arrow buttons or the arrow keys. The
// position is said back in words under the map. Its texts are the map's (map.picker.*), but the
// question and its hint, which the page asks.
import { createSignal, For, Show } from "solid-js";
import { locale, t } from "../../lib/i18n";
import { FieldError } from "../../ui/Field";
import { locate, LocateFailed, type LocateError } from "./near-me";
import { ARROW_KEYS, CITY_CENTRE, type Direction, formatDegrees, movePin, type Pin } from "./pin";
import { PointsMap } from "./PointsMap";
import "./points-map.css";

const DIRECTIONS: Direction[] = ["north", "west", "east", "south"];

export function PositionPicker(props: {
  id: string;
  pin: Pin | null;
  onPin: (pin: Pin) => void;
  error?: string;
  /** The question and its hint: what the place is for. */
  legend: string;
  hint: string;
  /** A circle of this radius around the pin (the area a resident follows). */
  circleM?: number;
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
      class="form-choices position-picker"
      classList={{ "field-invalid": Boolean(props.error) }}
      aria-describedby={`${props.id}-hint ${props.id}-words`}
    >
      <legend>{props.legend}</legend>
      <p id={`${props.id}-hint`} class="hint">
        {props.hint}
      </p>
      <FieldError id={props.id} error={props.error} />
      <PointsMap
        pin={props.pin}
        onPick={props.onPin}
        circleM={props.circleM}
        label={t("map.picker.mapLabel")}
      />
      <p id={`${props.id}-words`} class="position-picker-words" role="status">
        <Show when={props.pin} fallback={t("map.picker.none")}>
          {(pin) => (
            // In JSX, so the words follow the pin (Show runs its children once).
            <>
              {t("map.picker.words", {
                lat: formatDegrees(pin().lat, locale()),
                lon: formatDegrees(pin().lon, locale()),
              })}
            </>
          )}
        </Show>
      </p>
      <div class="position-picker-actions">
        <button
          type="button"
          class="button secondary"
          disabled={locating()}
          onClick={() => void useMyPosition()}
        >
          {t("map.picker.mine")}
        </button>
        <Show when={!props.pin}>
          <button type="button" class="button secondary" onClick={() => props.onPin(CITY_CENTRE)}>
            {t("map.picker.centre")}
          </button>
        </Show>
      </div>
      <p class="hint">{t("map.picker.privacy")}</p>
      <Show when={locating()}>
        <p role="status">{t("map.picker.locating")}</p>
      </Show>
      <Show when={failure()}>
        {(reason) => (
          <p class="field-error" role="alert">
            {t(`map.picker.errors.${reason()}`)}
          </p>
        )}
      </Show>
      <Show when={props.pin}>
        <div class="pin-pad" role="group" aria-label={t("map.picker.moveLabel")} onKeyDown={onKey}>
          <For each={DIRECTIONS}>
            {(direction) => (
              <button
                type="button"
                class={`button secondary pin-${direction}`}
                onClick={() => move(direction)}
              >
                {t(`map.picker.move.${direction}`)}
              </button>
            )}
          </For>
        </div>
        <p class="hint">{t("map.picker.keys")}</p>
      </Show>
    </fieldset>
  );
}
