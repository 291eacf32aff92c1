// Import of a GeoJSON file into a layer: read in the browser, checked by the server's rules, then
// sent as JSON. The file replaces the layer's earlier imported features; manual ones stay. A file
// with faults changes nothing, and the faults are listed per feature.
import { createSignal, For, Show } from "solid-js";
import type { ImportResult, MapLayer } from "../../../lib/contract/map";
import { ApiError } from "../../../lib/http";
import { t } from "../../../lib/i18n";
import { errorKey } from "../../../lib/console-error-key";
import {
  checkImport,
  type DescribedFault,
  describeFault,
  IMPORT_MAX_BYTES,
  ImportFileError,
} from "../../../lib/geojson-import";
import { importLayer } from "./api";

type Rejection = { titleKey: string; faults: DescribedFault[]; hidden: number };

function faultText(fault: DescribedFault): string {
  if (fault.feature === null)
    return t("staff.map.import.faultFile", { field: fault.field, message: fault.message });
  return fault.id === null
    ? t("staff.map.import.fault", { number: fault.feature, field: fault.field, message: fault.message })
    : t("staff.map.import.faultWithId", {
        number: fault.feature,
        id: fault.id,
        field: fault.field,
        message: fault.message,
      });
}

export function MapImportForm(props: { layer: MapLayer; onImported: () => void }) {
  const [file, setFile] = createSignal<File>();
  const [busy, setBusy] = createSignal(false);
  const [rejection, setRejection] = createSignal<Rejection>();
  const [result, setResult] = createSignal<ImportResult>();
  let input: HTMLInputElement | undefined;

  const reject = (titleKey: string, faults: DescribedFault[] = [], total = faults.length) =>
    setRejection({ titleKey, faults, hidden: total - faults.length });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setRejection(undefined);
    setResult(undefined);
    const chosen = file();
    if (!chosen) return reject("staff.map.import.chooseFile");
    if (chosen.size > IMPORT_MAX_BYTES) return reject("staff.map.import.tooLarge");
    setBusy(true);
    try {
      const checked = checkImport(props.layer, await chosen.text());
      if (checked.faultCount > 0) {
        const described = checked.faults.map((fault) => describeFault(fault, checked.collection));
        return reject("staff.map.import.rejected", described, checked.faultCount);
      }
      try {
        setResult(await importLayer(props.layer, checked.collection));
        setFile(undefined);
        if (input) input.value = "";
        props.onImported();
      } catch (error) {
        if (error instanceof ApiError && error.faults.length > 0) {
          const described = error.faults.map((fault) => describeFault(fault, checked.collection));
          return reject("staff.map.import.rejected", described);
        }
        reject(
          errorKey(error, {
            forbidden: "staff.map.forbidden",
            payload_too_large: "staff.map.import.tooLarge",
          }),
        );
      }
    } catch (error) {
      reject(error instanceof ImportFileError ? error.messageKey : "staff.map.import.unreadable");
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="staff-panel">
      <h2>{t("staff.map.import.title")}</h2>
      <p>{t("staff.map.import.lead")}</p>
      <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
        <div role="alert" class="staff-alert-region">
          <Show when={rejection()}>
            {(shown) => (
              <div class="staff-alert">
                <p class="staff-alert-title">{t(shown().titleKey)}</p>
                <Show when={shown().faults.length > 0}>
                  <ul>
                    <For each={shown().faults}>{(fault) => <li>{faultText(fault)}</li>}</For>
                  </ul>
                  <Show when={shown().hidden > 0}>
                    <p>{t("staff.map.import.moreFaults", { count: shown().hidden })}</p>
                  </Show>
                  <p>{t("staff.map.import.nothingChanged")}</p>
                </Show>
              </div>
            )}
          </Show>
        </div>
        <div class="staff-field">
          <label for={`map-import-${props.layer}`}>{t("staff.map.import.file")}</label>
          <p class="hint" id={`map-import-${props.layer}-hint`}>
            {t("staff.map.import.fileHint")}
          </p>
          <input
            id={`map-import-${props.layer}`}
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            aria-describedby={`map-import-${props.layer}-hint`}
            ref={(element) => (input = element)}
            onChange={(event) => setFile(event.currentTarget.files?.[0])}
          />
        </div>
        <button type="submit" class="button" disabled={busy()}>
          {busy() ? t("staff.map.import.importing") : t("staff.map.import.submit")}
        </button>
        <div role="status">
          <Show when={result()}>
            {(done) => (
              <p class="staff-success">
                {t("staff.map.import.done", { count: done().imported, removed: done().removed })}
              </p>
            )}
          </Show>
        </div>
      </form>
    </section>
  );
}
