// The state of an entry's form on a page: the text values, the hours editor's rule, the errors on
// the fields and the summary of them, the check before sending and the server's faults after.
import { createSignal } from "solid-js";
import { createStore, unwrap } from "solid-js/store";
import type { ShopDetails } from "../../../lib/contract/shops";
import type { ProblemFault } from "../../../lib/http";
import type { SummaryItem } from "../../../ui/ErrorSummary";
import {
  checkDetails,
  type DetailsForm,
  detailFaults,
  fieldOrder,
  type FormErrors,
  ordered,
} from "./details-form";
import { fieldElementId } from "./DetailsFields";
import type { HoursValue } from "./HoursEditor";

export function createDetailsState(prefix: string, initial: DetailsForm) {
  const [form, setForm] = createStore<DetailsForm>(structuredClone(initial));
  const [errors, setErrors] = createSignal<FormErrors>({});
  const [hours, setHours] = createSignal<HoursValue>({ rule: null, problem: undefined, detail: undefined });
  /** The opening_hours library's message that comes with an error on the hours. */
  const [hoursDetail, setHoursDetail] = createSignal<string>();

  const summary = (): SummaryItem[] =>
    Object.entries(errors()).flatMap(([field, message]) =>
      message ? [{ fieldId: fieldElementId(prefix, field), message }] : [],
    );

  /** The details to send, or undefined with the errors shown. */
  const check = (): ShopDetails | undefined => {
    const current = unwrap(form);
    const value = hours();
    const checked = checkDetails(current, value.rule);
    const found = { ...checked.errors };
    if (value.problem) found.openingHours = value.problem;
    setHoursDetail(value.problem ? value.detail : undefined);
    setErrors(ordered(found, fieldOrder(current)));
    return value.problem ? undefined : checked.details;
  };

  /** Puts the server's faults on the fields; false when none of them belongs to the details. */
  const applyFaults = (faults: readonly ProblemFault[], pathPrefix = ""): boolean => {
    const found = detailFaults(
      unwrap(form),
      faults.map((fault) => fault.path),
      pathPrefix,
    );
    const hoursFault = faults.find((fault) => fault.path === `${pathPrefix}openingHours`);
    setHoursDetail(hoursFault?.message);
    setErrors(found);
    return Object.keys(found).length > 0;
  };

  const clearErrors = () => {
    setErrors({});
    setHoursDetail(undefined);
  };

  return {
    form,
    setForm,
    errors,
    setErrors,
    hours,
    setHours,
    hoursDetail,
    summary,
    check,
    applyFaults,
    clearErrors,
  };
}
