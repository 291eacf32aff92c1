// Delmenhorst's calendar days, now kept in the contract's one Berlin-time module (used by client and
// server alike); this path stays for the console pages that still import it.
export { addDays, berlinDate } from "./contract/berlin-time";
