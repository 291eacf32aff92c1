// A copy kept with its link can go stale: the office may cancel (a closure) or the resident may move
// it from another device. Online, the link's "confirm" answers with the current state of any
// appointment it manages (contract: POST /api/appointments/confirm), which replaces the copy.
import { NetworkError } from "../../lib/http";
import { confirmByToken } from "./api";
import { keepAnswer, type StoredAppointment } from "./data";
import { isUpcoming } from "./status";

/** Each page asks for a few at most: the link endpoints are rate limited per address. */
const MAX_REFRESH = 5;

export async function refreshKept(entries: StoredAppointment[]): Promise<void> {
  if (!navigator.onLine) return;
  const due = entries.filter((e) => e.token && isUpcoming(e.appointment)).slice(0, MAX_REFRESH);
  for (const entry of due) {
    if (!entry.token) continue;
    try {
      await keepAnswer(await confirmByToken(entry.token), entry.token);
    } catch (error) {
      // Offline now: the next visit tries again. A link the server no longer knows keeps the copy.
      if (error instanceof NetworkError) return;
    }
  }
}
