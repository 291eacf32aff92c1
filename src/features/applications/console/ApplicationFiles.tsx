// The documents that came with the application (and with answers to questions), each downloaded on
// request straight to the browser; the server audits every download ("application.file-viewed").
import { For, Show } from "solid-js";
import type { ApplicationFile, StaffApplication } from "../../../lib/contract/applications";
import { locale, t } from "../../../lib/i18n";
import { formatFileSize } from "../../account/format";
import { downloadApplicationFile } from "./api";
import { DataTable } from "../../../ui/DataTable";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";

/**
 * The attachment slot's name from the form, or "sent with an answer" for a document without slot;
 * a slot these texts do not know yet (a newer form) shows its id.
 */
export const slotLabel = (type: string, slot: string | null) =>
  slot === null
    ? t("applications.console.files.withAnswer")
    : t(`applications.forms.${type}.attachments.${slot}.label`, { defaultValue: slot });

export function ApplicationFiles(props: { application: StaffApplication }) {
  const write = createWrite<string>();

  const download = (file: ApplicationFile) => {
    if (write.busy()) return;
    const application = props.application.id;
    void write.run(
      file.id,
      async () => {
        await downloadApplicationFile(application, file);
        // No success text: the browser shows the download itself.
        return "";
      },
      { overrides: { not_found: "applications.console.files.notFound" } },
    );
  };

  return (
    <section aria-labelledby="application-files-title">
      <h2 id="application-files-title">{t("applications.console.files.title")}</h2>
      <Show
        when={props.application.files.length > 0}
        fallback={<p>{t("applications.console.files.none")}</p>}
      >
        <DataTable
          caption={t("applications.console.files.caption", { count: props.application.files.length })}
        >
          <thead>
            <tr>
              <th scope="col">{t("applications.console.files.columns.name")}</th>
              <th scope="col">{t("applications.console.files.columns.slot")}</th>
              <th scope="col">{t("applications.console.files.columns.size")}</th>
              <th scope="col">{t("applications.console.files.columns.action")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.application.files}>
              {(file) => (
                <tr>
                  <th scope="row">{file.name}</th>
                  <td>{slotLabel(props.application.type, file.slot)}</td>
                  <td>{formatFileSize(file.size, locale())}</td>
                  <td>
                    <button
                      type="button"
                      class="button secondary"
                      disabled={write.busy() !== undefined}
                      onClick={() => download(file)}
                    >
                      {write.busy() === file.id
                        ? t("applications.console.files.downloading")
                        : t("applications.console.files.download")}
                      <span class="visually-hidden"> {file.name}</span>
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </DataTable>
      </Show>
      <ActionOutcome failureKey={write.failure()} success={undefined} />
    </section>
  );
}
