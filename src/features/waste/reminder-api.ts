// This device's reminder of collection days on the server, proven by its push subscription's manage
// token (as the chat's and the push settings' own requests are).
import { getJson, sendJson } from "../../lib/api";
import { type WasteReminder, wasteReminderStateSchema } from "../../lib/contract/waste";

const reminderUrl = (subscriptionId: string) => `/api/waste/reminders/${encodeURIComponent(subscriptionId)}`;
const tokenHeader = (manageToken: string) => ({ headers: { "X-Push-Token": manageToken } });

export const fetchReminder = (subscriptionId: string, manageToken: string) =>
  getJson(reminderUrl(subscriptionId), wasteReminderStateSchema, tokenHeader(manageToken));

export const saveReminder = (subscriptionId: string, manageToken: string, reminder: WasteReminder) =>
  sendJson("PUT", reminderUrl(subscriptionId), reminder, wasteReminderStateSchema, tokenHeader(manageToken));

export const deleteReminder = (subscriptionId: string, manageToken: string): Promise<void> =>
  sendJson("DELETE", reminderUrl(subscriptionId), undefined, undefined, tokenHeader(manageToken));
