// Import of the directory from an OpenStreetMap export (overpass turbo's GeoJSON, up to 5 MB): new
// objects become entries, known ones are updated, entries a merchant keeps stay as the merchant made
// them. The answer counts each and lists what was left out and why.
import { createSignal, For, Show } from "solid-js";
import { OSM_ATTRIBUTION, type OsmImportResult } from "../../../lib/contract/shops";
import { t } from "../../../lib/i18n";
import { createWrite } from "../../../lib/write";
import { ErrorSummary, type SummaryItem } from "../../../ui/ErrorSummary";
import { FileInput } from "../../../ui/Field";
import { IMPORT_MAX_BYTES } from "../../../lib/geojson-import";
import { importOsm } from "./api";

const isFeatureCollection = (value: unknown) =>
  typeof value === "object" &&
  value !== null &&
  "type" in value &&
  value.type === "FeatureCollection" &&
  "features" in value &&
  Array.isArray(value.features);

/** The file read in the browser; a text key when it is not a GeoJSON FeatureCollection. */
async function readCollection(chosen: File): Promise<{ collection: unknown } | { error: string }> {
  let collection: unknown;
  try {
    collection = JSON.parse(await chosen.text());
  } catch {
    return { error: "merchant.console.import.notJson" };
  }
  return isFeatureCollection(collection)
    ? { collection }
    : { error: "merchant.console.import.notCollection" };
}

export function ShopImportForm(props: { onImported: () => void }) {
  const [file, setFile] = createSignal<File>();
  /** What is wrong with the chosen file itself. */
  const [fileError, setFileError] = createSignal<string>();
  const [result, setResult] = createSignal<OsmImportResult>();
  const [reading, setReading] = createSignal(false);
  const write = createWrite<true>();
  const busy = () => reading() || write.busy() === true;
  let input: HTMLInputElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setFileError(undefined);
    setResult(undefined);
    write.clear();
    const chosen = file();
    if (!chosen) return setFileError("merchant.console.import.chooseFile");
    if (chosen.size > IMPORT_MAX_BYTES) return setFileError("merchant.console.import.tooLarge");
    setReading(true);
    const read = await readCollection(chosen).finally(() => setReading(false));
    if ("error" in read) return setFileError(read.error);
    await write.run(
      true,
      async () => {
        const done = await importOsm(read.collection);
        setResult(done);
        setFile(undefined);
        if (input) input.value = "";
        return t("merchant.console.import.done");
      },
      {
        overrides: {
          payload_too_large: "merchant.console.import.tooLarge",
          geojson_invalid: "merchant.console.import.notCollection",
        },
        done: () => props.onImported(),
      },
    );
  };

  const summary = (): SummaryItem[] => {
    const onFile = fileError();
    if (onFile) return [{ fieldId: "shop-import-file", message: onFile }];
    const failure = write.failure();
    return failure ? [{ message: failure }] : [];
  };

  return (
    <section aria-labelledby="shop-import-title">
      <h2 id="shop-import-title">{t("merchant.console.import.title")}</h2>
      <p>{t("merchant.console.import.lead")}</p>
      <p class="hint">{t("merchant.console.import.licence", { attribution: OSM_ATTRIBUTION })}</p>
      <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
        <ErrorSummary items={summary()} />
        <FileInput
          id="shop-import-file"
          label={t("merchant.console.import.file")}
          hint={t("merchant.console.import.fileHint")}
          accept=".geojson,.json,application/geo+json,application/json"
          error={fileError()}
          ref={(element) => (input = element)}
          onChange={(files) => setFile(files[0])}
        />
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
