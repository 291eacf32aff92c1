// The entry's photo: choose a file (JPEG, PNG or WebP up to 5 MB), see it before sending, upload;
// or remove the photo. The server reads the type from the content and refuses what it cannot use
// (413, 415, 422); the answer says whether the change is public or waits for review.
import { createSignal, onCleanup, Show } from "solid-js";
import {
  type MerchantEntry,
  type SaveResult,
  SHOP_PHOTO_MAX_BYTES,
  SHOP_PHOTO_MIN_SIDE,
  SHOP_PHOTO_TYPES,
  shopPhotoUrl,
} from "../../../lib/contract/shops";
import { createWrite } from "../../../lib/write";
import { t } from "../../../lib/i18n";
import { ConfirmAction } from "../../../ui/ConfirmAction";
import { createConfirmStep } from "../../../lib/confirm-step";
import { ErrorSummary, type SummaryItem } from "../../../ui/ErrorSummary";
import { FileInput } from "../../../ui/Field";
import { photoFailureKey } from "./failures";
import { removePhoto, uploadPhoto } from "./merchant-api";

const MEGABYTES = SHOP_PHOTO_MAX_BYTES / (1024 * 1024);
const isAllowedType = (type: string) => (SHOP_PHOTO_TYPES as readonly string[]).includes(type);

export function PhotoPanel(props: { entry: MerchantEntry; onSaved: (result: SaveResult) => void }) {
  const [file, setFile] = createSignal<File>();
  const [previewUrl, setPreviewUrl] = createSignal<string>();
  /** What is wrong with the chosen file, found here or by the server. */
  const [error, setError] = createSignal<string>();
  const write = createWrite();
  const confirm = createConfirmStep<true>();
  let input: HTMLInputElement | undefined;

  /** The photo the merchant last sent: a change waiting for review shows its own. */
  const photo = () => (props.entry.pendingChange ? props.entry.pendingChange.photo : props.entry.shop.photo);

  const setPreview = (chosen: File | undefined) => {
    const old = previewUrl();
    if (old) URL.revokeObjectURL(old);
    setPreviewUrl(chosen ? URL.createObjectURL(chosen) : undefined);
  };
  onCleanup(() => setPreview(undefined));

  const choose = (chosen: File | undefined) => {
    setError(undefined);
    write.clear();
    setFile(chosen);
    setPreview(undefined);
    if (!chosen) return;
    // The same limits as the server's, said before a long upload; the server checks again.
    if (!isAllowedType(chosen.type)) return setError("merchant.photo.errors.type");
    if (chosen.size > SHOP_PHOTO_MAX_BYTES) return setError("merchant.photo.errors.tooLarge");
    setPreview(chosen);
  };

  const upload = async (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = file();
    if (write.busy()) return;
    if (!chosen) return setError("merchant.photo.errors.choose");
    if (error()) return;
    const shopId = props.entry.shop.id;
    let result: SaveResult | undefined;
    await write.run(
      true,
      async () => {
        result = await uploadPhoto(shopId, chosen);
      },
      // The server's refusal is about the file: it shows on the field.
      { explain: (failure) => void setError(photoFailureKey(failure)) },
    );
    if (!result) return;
    props.onSaved(result);
    setFile(undefined);
    setPreview(undefined);
    if (input) input.value = "";
  };

  const remove = async () => {
    if (!confirm.take()) return;
    setError(undefined);
    const shopId = props.entry.shop.id;
    let result: SaveResult | undefined;
    await write.run(
      true,
      async () => {
        result = await removePhoto(shopId);
      },
      { explain: photoFailureKey },
    );
    if (result) props.onSaved(result);
  };

  /** A refused file links to the file field; a failed removal belongs to no field. */
  const summary = (): SummaryItem[] => {
    const onFile = error();
    if (onFile) return [{ fieldId: "photo-file", message: onFile }];
    const failure = write.failure();
    return failure ? [{ message: failure }] : [];
  };

  return (
    <section aria-labelledby="photo-title">
      <h2 id="photo-title">{t("merchant.photo.title")}</h2>
      <Show when={photo()} fallback={<p>{t("merchant.photo.none")}</p>}>
        {(current) => (
          <figure class="merchant-photo">
            <img
              src={shopPhotoUrl(current().id, "small")}
              alt={t("merchant.photo.alt", { name: props.entry.shop.name })}
              width={current().width}
              height={current().height}
              loading="lazy"
            />
            <figcaption>{t("merchant.photo.current")}</figcaption>
          </figure>
        )}
      </Show>
      <form class="account-form" noValidate onSubmit={(event) => void upload(event)}>
        <ErrorSummary items={summary()} />
        <FileInput
          id="photo-file"
          label={t("merchant.photo.file")}
          hint={t("merchant.photo.hint", { megabytes: MEGABYTES, pixels: SHOP_PHOTO_MIN_SIDE })}
          accept={SHOP_PHOTO_TYPES.join(",")}
          error={error()}
          ref={(element) => (input = element)}
          onChange={(files) => choose(files[0])}
        />
        <Show when={previewUrl()}>
          {(url) => (
            <figure class="merchant-photo">
              <img
                src={url()}
                alt={t("merchant.photo.previewAlt")}
                // A file that says it is an image but is none: no broken picture, a word instead.
                onError={() => {
                  setPreview(undefined);
                  setError("merchant.photo.errors.unreadable");
                }}
              />
              <figcaption>{t("merchant.photo.preview")}</figcaption>
            </figure>
          )}
        </Show>
        <div class="button-row">
          <button type="submit" class="button" disabled={write.busy()}>
            {write.busy() ? t("merchant.common.sending") : t("merchant.photo.upload")}
          </button>
          <Show when={photo() && confirm.pending() === undefined}>
            <button
              type="button"
              class="button secondary"
              disabled={write.busy()}
              ref={confirm.submitRef}
              onClick={() => confirm.ask(true)}
            >
              {t("merchant.photo.remove")}
            </button>
          </Show>
        </div>
        <Show when={confirm.pending()}>
          <div tabindex="-1" ref={confirm.questionRef}>
            <ConfirmAction
              question={t("merchant.photo.removeQuestion")}
              text={t("merchant.photo.removeText")}
              confirmLabel={t("merchant.photo.removeYes")}
              onConfirm={() => void remove()}
              onCancel={confirm.cancel}
            />
          </div>
        </Show>
      </form>
    </section>
  );
}
