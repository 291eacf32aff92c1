// A record's documents: each opens through our server (GET /api/council/files/{id}); the service
// worker keeps the ones opened (sw/runtime-caches.ts), and the list says which this device holds.
// Records synced before files had our id still link to the council information system.
import { createSignal, For, onCleanup, onMount, Show } from "solid-js";
import type { CouncilFile } from "../../lib/contract/council";
import { locale, t } from "../../lib/i18n";
import { councilFileUrl, offlineCouncilFileIds } from "./offline-files";

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
  const [offline, setOffline] = createSignal<ReadonlySet<string>>(new Set());
  const refresh = () => void offlineCouncilFileIds().then(setOffline, () => setOffline(new Set<string>()));
  // Opening a file leaves the page or opens the viewer; coming back shows what is kept now.
  const onVisible = () => {
    if (document.visibilityState === "visible") refresh();
  };
  onMount(() => {
    refresh();
    window.addEventListener("focus", refresh);
    document.addEventListener("visibilitychange", onVisible);
  });
  onCleanup(() => {
    window.removeEventListener("focus", refresh);
    document.removeEventListener("visibilitychange", onVisible);
  });
  const external = () => props.files.some((file) => !file.id);
  return (
    <>
      <ul class="council-files">
        <For each={props.files}>
          {(file) => (
            <li>
              {/* rel=external: the router must not take our /api/ address for a page of the app. */}
              <a href={file.id ? councilFileUrl(file.id) : file.url} rel="external noopener">
                {file.name}
              </a>
              <Show when={details(file)}>{(text) => <span class="hint"> ({text()})</span>}</Show>
              <Show when={file.id && offline().has(file.id)}>
                <span class="council-offline"> {t("council.files.offline")}</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <p class="hint">{external() ? t("council.files.external") : t("council.files.kept")}</p>
    </>
  );
}
