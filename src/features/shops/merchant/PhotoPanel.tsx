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
import { t } from "../../../lib/i18n";
import { ConfirmAction } from "../../../ui/ConfirmAction";
import { FieldError } from "../../../ui/Field";
import { photoFailureKey } from "./failures";
import { removePhoto, uploadPhoto } from "./merchant-api";

const MEGABYTES = SHOP_PHOTO_MAX_BYTES / (1024 * 1024);
const isAllowedType = (type: string) => (SHOP_PHOTO_TYPES as readonly string[]).includes(type);

export function PhotoPanel(props: { entry: MerchantEntry; onSaved: (result: SaveResult) => void }) {
  const [file, setFile] = createSignal<File>();
  const [previewUrl, setPreviewUrl] = createSignal<string>();
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [confirming, setConfirming] = createSignal(false);
  let input: HTMLInputElement | undefined;
  let removeButton: HTMLButtonElement | undefined;

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
    if (busy()) return;
    if (!chosen) return setError("merchant.photo.errors.choose");
    if (error()) return;
    setBusy(true);
    try {
      props.onSaved(await uploadPhoto(props.entry.shop.id, chosen));
      setFile(undefined);
      setPreview(undefined);
      if (input) input.value = "";
    } catch (failure) {
      setError(photoFailureKey(failure));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setConfirming(false);
    setBusy(true);
    setError(undefined);
    try {
      props.onSaved(await removePhoto(props.entry.shop.id));
    } catch (failure) {
      setError(photoFailureKey(failure));
      requestAnimationFrame(() => removeButton?.focus());
    } finally {
      setBusy(false);
    }
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
        <div class="field" classList={{ "field-invalid": Boolean(error()) }}>
          <label for="photo-file">{t("merchant.photo.file")}</label>
          <p class="hint" id="photo-file-hint">
            {t("merchant.photo.hint", { megabytes: MEGABYTES, pixels: SHOP_PHOTO_MIN_SIDE })}
          </p>
          <div role="alert">
            <FieldError id="photo-file" error={error()} />
          </div>
          <input
            id="photo-file"
            type="file"
            accept={SHOP_PHOTO_TYPES.join(",")}
            aria-describedby={error() ? "photo-file-hint photo-file-error" : "photo-file-hint"}
            aria-invalid={error() ? "true" : undefined}
            ref={(element) => (input = element)}
            onChange={(event) => choose(event.currentTarget.files?.[0])}
          />
        </div>
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
          <button type="submit" class="button" disabled={busy()}>
            {busy() ? t("merchant.common.sending") : t("merchant.photo.upload")}
          </button>
          <Show when={photo() && !confirming()}>
            <button
              type="button"
              class="button secondary"
              disabled={busy()}
              ref={removeButton}
              onClick={() => setConfirming(true)}
            >
              {t("merchant.photo.remove")}
            </button>
          </Show>
        </div>
        <Show when={confirming()}>
          <ConfirmAction
            question={t("merchant.photo.removeQuestion")}
            text={t("merchant.photo.removeText")}
            confirmLabel={t("merchant.photo.removeYes")}
            onConfirm={() => void remove()}
            onCancel={() => setConfirming(false)}
          />
        </Show>
      </form>
    </section>
  );
}
