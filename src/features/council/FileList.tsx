// A record's documents: each links to the council information system's file for now (opening them
// through our server, kept for offline reading, is a later part of issue 21).
import { For, Show } from "solid-js";
import type { CouncilFile } from "../../lib/contract/council";
import { locale, t } from "../../lib/i18n";

const KIND: Record<string, string> = {
  "application/pdf": "PDF",
  "text/html": "HTML",
  "application/msword": "Word",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
};

function details(file: CouncilFile): string {
  const parts: string[] = [];
  const kind = file.mimeType ? KIND[file.mimeType.toLowerCase()] : undefined;
  if (kind) parts.push(kind);
  if (file.size !== null && file.size > 0) {
    const megabytes = file.size >= 1_000_000;
    parts.push(
      new Intl.NumberFormat(locale(), {
        style: "unit",
        unit: megabytes ? "megabyte" : "kilobyte",
        maximumFractionDigits: megabytes ? 1 : 0,
      }).format(megabytes ? file.size / 1_000_000 : Math.max(1, file.size / 1000)),
    );
  }
  return parts.join(", ");
}

export function FileList(props: { files: readonly CouncilFile[] }) {
  return (
    <>
      <ul class="council-files">
        <For each={props.files}>
          {(file) => (
            <li>
              <a href={file.url} rel="noopener">
                {file.name}
              </a>
              <Show when={details(file)}>{(text) => <span class="hint"> ({text()})</span>}</Show>
            </li>
          )}
        </For>
      </ul>
      <p class="hint">{t("council.files.external")}</p>
    </>
  );
}
