// The street → district table as a CSV file (Straße;von;bis;Seite;Bezirk). A file with a wrong line
// changes nothing: the lines the server named are listed with what is wrong in each.
import { createSignal, For, Show } from "solid-js";
import type { StaffDistrict } from "../../../lib/contract/waste";
import { ApiError, type ProblemFault } from "../../../lib/http";
import { t } from "../../../lib/i18n";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { FileInput } from "../../../ui/Field";
import { importStreets } from "./api";
import { lineFault } from "./street-faults";

export function StreetsImport(props: { districts: StaffDistrict[] }) {
  const [file, setFile] = createSignal<File>();
  const [faults, setFaults] = createSignal<ProblemFault[]>([]);
  const write = createWrite({
    explain: (error) => {
      if (error instanceof ApiError && error.code === "csv_invalid") {
        setFaults(error.faults);
        return "staff.waste.streets.invalid";
      }
      return undefined;
    },
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = file();
    if (!chosen) return;
    setFaults([]);
    void write.run(true, async () => {
      const result = await importStreets(await chosen.text());
      return t("staff.waste.streets.imported", { count: result.streets, ranges: result.ranges });
    });
  };
  return (
    <form class="waste-console-form" novalidate onSubmit={submit}>
      <h2>{t("staff.waste.streets.title")}</h2>
      <p>{t("staff.waste.streets.text")}</p>
      <p class="hint">
        {t("staff.waste.streets.districts", { ids: props.districts.map((d) => d.id).join(", ") || "–" })}
      </p>
      <FileInput
        id="waste-streets-file"
        label={t("staff.waste.streets.file")}
        hint={t("staff.waste.streets.fileHint")}
        accept=".csv,text/csv,text/plain"
        onChange={(files) => setFile(files[0])}
      />
      <button type="submit" class="button" disabled={write.busy() !== undefined || !file()}>
        {t("staff.waste.streets.submit")}
      </button>
      <ActionOutcome failureKey={write.failure()} success={write.success()} />
      <Show when={faults().length > 0}>
        <ul class="waste-console-faults">
          <For each={faults()}>
            {(fault) => {
              const described = lineFault(fault);
              return <li>{t(described.key, described.values)}</li>;
            }}
          </For>
        </ul>
      </Show>
    </form>
  );
}
