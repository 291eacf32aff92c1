// The appointment calendar runs on Delmenhorst's days and wall clock, whatever zone the device is
// set to: a "day" is a Berlin calendar day (23 or 25 hours long when the clocks change), and the
// datetime-local fields of the closure form are read as Berlin time, by the rule of the contract's
// Berlin-time module (October's doubled hour is its first occurrence, March's missing one an hour later).
import { addDays } from "../../../lib/contract/berlin-time";

export {
  addDays,
  berlinDate,
  berlinLocalToInstant,
  instantToBerlinLocal,
  isIsoDate,
} from "../../../lib/contract/berlin-time";

/** The whole Berlin day as datetime-local values: from its midnight to the next one. */
export const wholeDay = (date: string) => ({ start: `${date}T00:00`, end: `${addDays(date, 1)}T00:00` });
