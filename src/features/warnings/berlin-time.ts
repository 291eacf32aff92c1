// The console's date fields (<input type="datetime-local">) carry no zone; notices are meant in
// Delmenhorst's time, and the API wants ISO 8601 with the offset (cityNoticeSchema). The conversion and
// its rule for the clock-change days live in the contract's one Berlin-time module.
export { berlinLocalToIso, instantToBerlinLocal as isoToBerlinLocal } from "../../lib/contract/berlin-time";
