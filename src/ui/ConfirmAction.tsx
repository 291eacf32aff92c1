import { t } from "../lib/i18n";

/** "Really?" in place of a destructive button: the question, what follows, yes and cancel. */
export function ConfirmAction(props: {
  question: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div class="confirm" role="group" aria-label={props.question}>
      <p>
        <strong>{props.question}</strong>
      </p>
      <p>{props.text}</p>
      <div class="button-row">
        <button type="button" class="button danger" onClick={() => props.onConfirm()}>
          {props.confirmLabel}
        </button>
        <button type="button" class="button secondary" onClick={() => props.onCancel()}>
          {t("common.cancel")}
        </button>
      </div>
    </div>
  );
}
