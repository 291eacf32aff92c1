// A write that cannot be taken back asks once more before it is sent (a decision, cancelling booked
// appointments). The form's checked values wait in `pending` while the question shows in place of
// the submit button; any change to the form withdraws the question, so the next submit asks with
// the new values. Focus follows the question and returns to the submit button when it goes away.
import { createSignal } from "solid-js";

export function createConfirmStep<T>() {
  const [pending, setPending] = createSignal<T>();
  let question: HTMLElement | undefined;
  let submit: HTMLElement | undefined;

  const focusSubmit = () => requestAnimationFrame(() => submit?.focus());

  return {
    /** The values waiting for "yes", or undefined while the submit button shows. */
    pending,
    /** Shows the question for `value` and moves focus to it. */
    ask: (value: T) => {
      setPending(() => value);
      requestAnimationFrame(() => question?.focus());
    },
    /** The values to send after "yes"; the question goes away. */
    take: (): T | undefined => {
      const value = pending();
      setPending(undefined);
      return value;
    },
    /** "Cancel": back to the submit button. */
    cancel: () => {
      setPending(undefined);
      focusSubmit();
    },
    /** Wraps a field's setter: a change after the question withdraws it. */
    editing:
      <V>(set: (value: V) => void) =>
      (value: V): void => {
        set(value);
        setPending(undefined);
      },
    focusSubmit,
    questionRef: (element: HTMLElement) => (question = element),
    submitRef: (element: HTMLElement) => (submit = element),
  };
}
