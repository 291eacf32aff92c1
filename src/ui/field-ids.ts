// The one id scheme of the form kit: a field `id` has its hint at `<id>-hint` and its error at
// `<id>-error`, and the control names both in aria-describedby (WCAG 1.3.1, 3.3.1).

export const hintId = (id: string): string => `${id}-hint`;
export const errorId = (id: string): string => `${id}-error`;

/** The aria-describedby value: the hint, then the error; none when the field has neither. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? hintId(id) : "", error ? errorId(id) : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}
