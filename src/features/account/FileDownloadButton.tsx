// "Herunterladen" for a document or an attachment: from the device when it was opened before,
// otherwise from the server (and kept for next time, also offline).
import { createSignal } from "solid-js";
import type { FileRef } from "../../lib/contract/account";
import { t } from "../../lib/i18n";
import { ErrorText } from "../../ui/ErrorText";
import { errorKey } from "./errors";
import { loadFile, saveToDevice } from "./files";

export function FileDownloadButton(props: { file: FileRef; url: string }) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      saveToDevice(await loadFile(props.file, props.url));
    } catch (failure) {
      const key = errorKey(failure);
      setError(key === "account.common.offline" ? "account.files.offlineNotKept" : key);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" class="button" disabled={busy()} onClick={() => void download()}>
        {t("account.files.download")}
        <span class="visually-hidden"> {props.file.name}</span>
      </button>
      <ErrorText messageKey={error()} />
    </>
  );
}
