// Import of the directory from an OpenStreetMap export (overpass turbo's GeoJSON, up to 5 MB): new
// objects become entries, known ones are updated, entries a merchant keeps stay as the merchant made
// them. The answer counts each and lists what was left out and why.
import { createSignal, For, Show } from "solid-js";
import { OSM_ATTRIBUTION, type OsmImportResult } from "../../../lib/contract/shops";
import { t } from "../../../lib/i18n";
import { errorKey } from "../../../lib/console-error-key";
import { IMPORT_MAX_BYTES } from "../../../lib/geojson-import";
import { importOsm } from "./api";

const isFeatureCollection = (value: unknown) =>
  typeof value === "object" &&
  value !== null &&
  "type" in value &&
  value.type === "FeatureCollection" &&
  "features" in value &&
  Array.isArray(value.features);

export function ShopImportForm(props: { onImported: () => void }) {
  const [file, setFile] = createSignal<File>();
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string>();
  const [result, setResult] = createSignal<OsmImportResult>();
  let input: HTMLInputElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setFailure(undefined);
    setResult(undefined);
    const chosen = file();
    if (!chosen) return setFailure("merchant.console.import.chooseFile");
    if (chosen.size > IMPORT_MAX_BYTES) return setFailure("merchant.console.import.tooLarge");
    setBusy(true);
    try {
      let collection: unknown;
      try {
        collection = JSON.parse(await chosen.text());
      } catch {
        return setFailure("merchant.console.import.notJson");
      }
      if (!isFeatureCollection(collection)) return setFailure("merchant.console.import.notCollection");
      setResult(await importOsm(collection));
      setFile(undefined);
      if (input) input.value = "";
      props.onImported();
    } catch (error) {
      setFailure(
        errorKey(error, {
          payload_too_large: "merchant.console.import.tooLarge",
          geojson_invalid: "merchant.console.import.notCollection",
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="shop-import-title">
      <h2 id="shop-import-title">{t("merchant.console.import.title")}</h2>
      <p>{t("merchant.console.import.lead")}</p>
      <p class="hint">{t("merchant.console.import.licence", { attribution: OSM_ATTRIBUTION })}</p>
      <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
        <div role="alert" class="staff-alert-region">
          <Show when={failure()}>
            {(key) => (
              <div class="staff-alert">
                <p>{t(key())}</p>
              </div>
            )}
          </Show>
        </div>
        <div class="staff-field">
          <label for="shop-import-file">{t("merchant.console.import.file")}</label>
          <p class="hint" id="shop-import-file-hint">
            {t("merchant.console.import.fileHint")}
          </p>
          <input
            id="shop-import-file"
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            aria-describedby="shop-import-file-hint"
            ref={(element) => (input = element)}
            onChange={(event) => setFile(event.currentTarget.files?.[0])}
          />
        </div>
        <button type="submit" class="button" disabled={busy()}>
          {busy() ? t("merchant.console.import.importing") : t("merchant.console.import.submit")}
        </button>
      </form>
      <div role="status">
        <Show when={result()}>{(done) => <ImportResult result={done()} />}</Show>
      </div>
    </section>
  );
}

function ImportResult(props: { result: OsmImportResult }) {
  return (
    <div class="staff-success">
      <p>
        <strong>{t("merchant.console.import.done")}</strong>
      </p>
      <ul>
        <li>{t("merchant.console.import.created", { count: props.result.created })}</li>
        <li>{t("merchant.console.import.updated", { count: props.result.updated })}</li>
        <li>{t("merchant.console.import.keptMerchant", { count: props.result.keptMerchant })}</li>
        <li>{t("merchant.console.import.removedSamples", { count: props.result.removedSamples })}</li>
        <li>
          {t("merchant.console.import.invalidOpeningHours", { count: props.result.invalidOpeningHours })}
        </li>
        <li>{t("merchant.console.import.skipped", { count: props.result.skipped.length })}</li>
      </ul>
      <Show when={props.result.skipped.length > 0}>
        <ul class="staff-cell-list">
          <For each={props.result.skipped}>
            {(skip) => (
              <li>
                <span class="staff-reference">{skip.id}</span>:{" "}
                {t(`merchant.console.import.reasons.${skip.reason}`)}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
