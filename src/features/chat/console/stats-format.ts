// How the statistics page writes a wait: whole minutes and seconds, or a dash without any.
import type { ChatStats } from "../../../lib/contract/chat-office";

export type WaitParts = { minutes: number; seconds: number } | null;

export const waitParts = (seconds: number | null): WaitParts =>
  seconds === null ? null : { minutes: Math.floor(seconds / 60), seconds: seconds % 60 };

/** The hours of the day that had chats: the table leaves out the empty ones. */
export const busyHours = (stats: ChatStats) => stats.byHour.filter((hour) => hour.started > 0);
