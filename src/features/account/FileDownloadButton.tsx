// "Herunterladen" for a document or an attachment: from the device when it was opened before,
// otherwise from the server (and kept for next time, also offline).
import type { FileRef } from "../../lib/contract/account";
import { createWrite } from "../../lib/write";
import { t } from "../../lib/i18n";
import { ErrorText } from "../../ui/ErrorText";
import { errorKey } from "./errors";
import { loadFile, saveToDevice } from "./files";

export function FileDownloadButton(props: { file: FileRef; url: string }) {
  const write = createWrite({
    explain: (failure) => {
      const key = errorKey(failure);
      return key === "account.common.offline" ? "account.files.offlineNotKept" : key;
    },
  });
  const download = () => {
    const [file, url] = [props.file, props.url];
    return write.run(true, async () => saveToDevice(await loadFile(file, url)));
  };

  return (
    <>
      <button type="button" class="button" disabled={write.busy()} onClick={() => void download()}>
        {t("account.files.download")}
        <span class="visually-hidden"> {props.file.name}</span>
      </button>
      <ErrorText messageKey={write.failure()} />
    </>
  );
}
