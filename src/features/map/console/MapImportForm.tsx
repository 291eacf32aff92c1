// Import of a GeoJSON file into a layer: read in the browser, checked by the server's rules, then
// sent as JSON. The file replaces the layer's earlier imported features; manual ones stay. A file
// with faults changes nothing, and the faults are listed per feature.
import { createSignal, For, Show } from "solid-js";
import type { MapLayer } from "../../../lib/contract/map";
import { ApiError } from "../../../lib/http";
import { t } from "../../../lib/i18n";
import { createWrite } from "../../../lib/write";
import { ErrorSummary, type SummaryItem } from "../../../ui/ErrorSummary";
import { FileInput } from "../../../ui/Field";
import {
  checkImport,
  type DescribedFault,
  describeFault,
  IMPORT_MAX_BYTES,
  ImportFileError,
} from "../../../lib/geojson-import";
import { importLayer } from "./api";

/** The server's or the checker's faults per feature: nothing was imported. */
type Rejection = { faults: DescribedFault[]; hidden: number };

function faultText(fault: DescribedFault): string {
  if (fault.feature === null)
    return t("map.console.import.faultFile", { field: fault.field, message: fault.message });
  return fault.id === null
    ? t("map.console.import.fault", { number: fault.feature, field: fault.field, message: fault.message })
    : t("map.console.import.faultWithId", {
        number: fault.feature,
        id: fault.id,
        field: fault.field,
        message: fault.message,
      });
}

export function MapImportForm(props: { layer: MapLayer; onImported: () => void }) {
  const [file, setFile] = createSignal<File>();
  /** What is wrong with the chosen file itself (none chosen, too large, not readable). */
  const [fileError, setFileError] = createSignal<string>();
  const [rejection, setRejection] = createSignal<Rejection>();
  const [reading, setReading] = createSignal(false);
  const write = createWrite<true>();
  const busy = () => reading() || write.busy() === true;
  const fieldId = () => `map-import-${props.layer}`;
  let input: HTMLInputElement | undefined;

  const reject = (faults: DescribedFault[], total = faults.length) =>
    setRejection({ faults, hidden: total - faults.length });

  /** The file read and checked in the browser; undefined when it is refused (the reason is shown). */
  const readFile = async (chosen: File) => {
    setReading(true);
    try {
      const checked = checkImport(props.layer, await chosen.text());
      if (checked.faultCount === 0) return checked.collection;
      reject(
        checked.faults.map((fault) => describeFault(fault, checked.collection)),
        checked.faultCount,
      );
    } catch (error) {
      setFileError(error instanceof ImportFileError ? error.messageKey : "map.console.import.unreadable");
    } finally {
      setReading(false);
    }
    return undefined;
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setFileError(undefined);
    setRejection(undefined);
    write.clear();
    const chosen = file();
    if (!chosen) return setFileError("map.console.import.chooseFile");
    if (chosen.size > IMPORT_MAX_BYTES) return setFileError("map.console.import.tooLarge");
    const collection = await readFile(chosen);
    if (!collection) return;
    const layer = props.layer;
    await write.run(
      true,
      async () => {
        try {
          const result = await importLayer(layer, collection);
          setFile(undefined);
          if (input) input.value = "";
          return t("map.console.import.done", { count: result.imported, removed: result.removed });
        } catch (error) {
          if (error instanceof ApiError && error.faults.length > 0)
            reject(error.faults.map((fault) => describeFault(fault, collection)));
          throw error;
        }
      },
      {
        overrides: { forbidden: "map.console.forbidden", payload_too_large: "map.console.import.tooLarge" },
        done: () => props.onImported(),
      },
    );
  };

  /** A fault of the file links to the field; a refusal without faults stands on its own. */
  const summary = (): SummaryItem[] => {
    const onFile = fileError();
    if (onFile) return [{ fieldId: fieldId(), message: onFile }];
    const failure = write.failure();
    return failure && !rejection() ? [{ message: failure }] : [];
  };

  return (
    <section class="staff-panel">
      <h2>{t("map.console.import.title")}</h2>
      <p>{t("map.console.import.lead")}</p>
      <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
        <ErrorSummary items={summary()} />
        <div role="alert" class="staff-alert-region">
          <Show when={rejection()}>
            {(shown) => (
              <div class="staff-alert">
                <p class="staff-alert-title">{t("map.console.import.rejected")}</p>
                <ul>
                  <For each={shown().faults}>{(fault) => <li>{faultText(fault)}</li>}</For>
                </ul>
                <Show when={shown().hidden > 0}>
                  <p>{t("map.console.import.moreFaults", { count: shown().hidden })}</p>
                </Show>
                <p>{t("map.console.import.nothingChanged")}</p>
              </div>
            )}
          </Show>
        </div>
        <FileInput
          id={fieldId()}
          label={t("map.console.import.file")}
          hint={t("map.console.import.fileHint")}
          accept=".geojson,.json,application/geo+json,application/json"
          error={fileError()}
          ref={(element) => (input = element)}
          onChange={(files) => setFile(files[0])}
        />
        <button type="submit" class="button" disabled={busy()}>
          {busy() ? t("map.console.import.importing") : t("map.console.import.submit")}
        </button>
        <div role="status">
          <Show when={write.success()}>{(done) => <p class="staff-success">{done()}</p>}</Show>
        </div>
      </form>
    </section>
  );
}
