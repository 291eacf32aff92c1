// "In meiner Nähe": asks for the position only after the tap, says what it found or why not.
import { createSignal, Show } from "solid-js";
import { CITY_BOUNDS } from "../../lib/contract/map-constants";
import { locale, t } from "../../lib/i18n";
import { locate, LocateFailed, type LocateError, type UserPosition } from "./near-me";

const inCity = (p: UserPosition) =>
  p.lon >= CITY_BOUNDS[0] && p.lon <= CITY_BOUNDS[2] && p.lat >= CITY_BOUNDS[1] && p.lat <= CITY_BOUNDS[3];

export function NearMe(props: { onPosition: (position: UserPosition) => void }) {
  const [locating, setLocating] = createSignal(false);
  const [found, setFound] = createSignal<UserPosition | null>(null);
  const [failure, setFailure] = createSignal<LocateError | null>(null);
  const coordinate = (value: number) =>
    new Intl.NumberFormat(locale(), { minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(value);
  const metres = (value: number) =>
    new Intl.NumberFormat(locale(), { style: "unit", unit: "meter", maximumFractionDigits: 0 }).format(value);

  async function find() {
    setLocating(true);
    setFailure(null);
    try {
      const position = await locate();
      setFound(position);
      props.onPosition(position);
    } catch (error) {
      setFailure(error instanceof LocateFailed ? error.reason : "unavailable");
    } finally {
      setLocating(false);
    }
  }

  return (
    <div class="map-near-me">
      <button type="button" class="button secondary" disabled={locating()} onClick={() => void find()}>
        {t("map.view.nearMe.button")}
      </button>
      <p class="hint">{t("map.view.nearMe.privacy")}</p>
      <div role="status">
        <Show when={locating()}>
          <p>{t("map.view.nearMe.locating")}</p>
        </Show>
        <Show when={!locating() && !failure() && found()}>
          {(position) => (
            <p>
              {t("map.view.nearMe.found", {
                lat: coordinate(position().lat),
                lon: coordinate(position().lon),
                accuracy: metres(position().accuracy),
              })}
              <Show when={!inCity(position())}> {t("map.view.nearMe.outside")}</Show>
            </p>
          )}
        </Show>
      </div>
      <Show when={failure()}>
        {(reason) => (
          <p class="field-error" role="alert">
            {t(`map.view.nearMe.errors.${reason()}`)}
          </p>
        )}
      </Show>
    </div>
  );
}
