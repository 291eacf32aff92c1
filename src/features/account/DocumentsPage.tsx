// /konto/dokumente: the user's own files. Upload needs the connection; the list and every file
// opened once on this device are there offline too.
import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { createWrite, failureItems } from "../../lib/write";
import { type AccountDocument, FILE_MAX_BYTES } from "../../lib/contract/account";
import { formatDay } from "../../lib/date-format";
import { locale, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { connection } from "../../lib/sync-status";
import { ConfirmAction } from "../../ui/ConfirmAction";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorSummary, type SummaryItem } from "../../ui/ErrorSummary";
import { FileInput } from "../../ui/Field";
import { usePageTitle } from "../../ui/page-title";
import { contentUrl, deleteDocument, newestDocuments, uploadDocument } from "./documents-data";
import { errorKey } from "./errors";
import { keptFileIds } from "./files";
import { FileDownloadButton } from "./FileDownloadButton";
import { fileTypeLabel, formatFileSize } from "./format";
import { OutboxNotice } from "./OutboxNotice";
import { SignedInOnly } from "./SignedInOnly";
import { checkUpload } from "./validation";
import "./account.css";

const ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

export default function DocumentsPage() {
  usePageTitle(() => t("account.documents.title"));
  return (
    <section class="account">
      <p class="breadcrumb">
        <A href="/konto">{t("account.common.backToAccount")}</A>
      </p>
      <h1>{t("account.documents.title")}</h1>
      <SignedInOnly>
        {() => (
          <>
            <p>{t("account.documents.intro")}</p>
            <UploadForm />
            <DocumentList />
          </>
        )}
      </SignedInOnly>
    </section>
  );
}

function UploadForm() {
  let input: HTMLInputElement | undefined;
  const [error, setError] = createSignal<string | undefined>();
  const [summary, setSummary] = createSignal<SummaryItem[]>([]);
  /** Succeeds with the uploaded file's name. */
  const write = createWrite({
    explain: (failure) => {
      const message = errorKey(failure);
      // Offline is not the user's mistake: say so without marking the field.
      if (message === "account.common.offline") return "account.documents.uploadOffline";
      setError(message);
      setSummary([{ fieldId: "document-file", message }]);
      return undefined;
    },
  });
  const maxSize = () => formatFileSize(FILE_MAX_BYTES, locale());

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    write.clear();
    const file = input?.files?.[0];
    const found = checkUpload(file);
    setError(found);
    if (found || !file) {
      setSummary([
        {
          fieldId: "document-file",
          message: found ?? "account.validation.fileMissing",
          values: { size: maxSize() },
        },
      ]);
      return;
    }
    setSummary([]);
    await write.run(true, async () => {
      const document = await uploadDocument(file);
      if (input) input.value = "";
      return document.name;
    });
  };

  return (
    <>
      <h2>{t("account.documents.uploadTitle")}</h2>
      <ErrorSummary items={[...summary(), ...failureItems(write.failure())]} />
      <form class="account-form" noValidate onSubmit={(event) => void submit(event)}>
        <FileInput
          id="document-file"
          label={t("account.documents.fileLabel")}
          hint={t("account.documents.fileHint", { size: maxSize() })}
          error={error()}
          errorValues={{ size: maxSize() }}
          accept={ACCEPT}
          ref={(element) => (input = element)}
          onChange={() => setError(undefined)}
        />
        <Show when={connection() === "offline"}>
          <p class="notice">{t("account.documents.uploadOffline")}</p>
        </Show>
        <button type="submit" class="button" disabled={write.busy()}>
          {write.busy() ? t("account.documents.uploading") : t("account.documents.uploadButton")}
        </button>
      </form>
      <p role="status">
        <Show when={write.success()}>{(name) => t("account.documents.uploaded", { name: name() })}</Show>
      </p>
    </>
  );
}

function DocumentList() {
  const documents = createLiveQuery(() => () => newestDocuments());
  const kept = createLiveQuery(() => () => keptFileIds());
  const [deleted, setDeleted] = createSignal<string | null>(null);
  let heading: HTMLHeadingElement | undefined;

  const onDeleted = (name: string) => {
    setDeleted(name);
    // The button that had focus is gone with its row: continue at the list.
    heading?.focus();
  };

  return (
    <>
      <h2 ref={heading} tabindex="-1">
        {t("account.documents.listTitle")}
      </h2>
      <p role="status">
        <Show when={deleted()}>{(name) => t("account.documents.deleted", { name: name() })}</Show>
      </p>
      <OutboxNotice
        kind="account-document-delete"
        pendingText="account.documents.deleteSending"
        failedText="account.documents.deleteFailed"
      />
      <Show when={documents.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
        <Show
          when={(documents.data() ?? []).length > 0}
          fallback={
            <EmptyState title={t("account.documents.emptyTitle")} text={t("account.documents.emptyText")} />
          }
        >
          <ul class="card-list">
            <For each={documents.data()}>
              {(document) => (
                <li>
                  <DocumentItem
                    document={document}
                    kept={(kept.data() ?? []).includes(document.id)}
                    onDeleted={onDeleted}
                  />
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </>
  );
}

function DocumentItem(props: {
  document: AccountDocument;
  kept: boolean;
  onDeleted: (name: string) => void;
}) {
  const [confirming, setConfirming] = createSignal(false);
  const remove = async () => {
    const name = props.document.name;
    await deleteDocument(props.document.id);
    props.onDeleted(name);
  };
  return (
    <div class="card document">
      <p class="document-name">{props.document.name}</p>
      <p class="meta">
        {t("account.documents.meta", {
          type: fileTypeLabel(props.document.mediaType),
          size: formatFileSize(props.document.size, locale()),
          date: formatDay(props.document.createdAt),
        })}
      </p>
      <Show when={props.kept}>
        <p class="meta">{t("account.files.onDevice")}</p>
      </Show>
      <Show
        when={confirming()}
        fallback={
          <div class="button-row">
            <FileDownloadButton file={props.document} url={contentUrl(props.document.id)} />
            <button type="button" class="button secondary" onClick={() => setConfirming(true)}>
              {t("account.documents.deleteButton")}
              <span class="visually-hidden"> {props.document.name}</span>
            </button>
          </div>
        }
      >
        <ConfirmAction
          question={t("account.documents.confirmQuestion", { name: props.document.name })}
          text={t("account.documents.confirmText")}
          confirmLabel={t("account.documents.confirmYes")}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      </Show>
    </div>
  );
}
