// An agent on duty hears and sees a new waiting chat: a short chime (unless muted; a browser that
// refuses to play before a user gesture simply stays silent), the count on the page, and the count
// in the tab's title (the page sets it with titleWithCount), so a chat is noticed while the agent works in another tab.
import { createEffect, createSignal, on } from "solid-js";

const MUTED_KEY = "dm-chat-muted";

/** The tab title with the number of waiting chats in front, as mail programs do. */
export const titleWithCount = (title: string, waiting: number) =>
  waiting > 0 ? `(${waiting}) ${title}` : title;

/** A chime only when more chats wait than before (not on the first count, not when one was taken), unmuted. */
export const shouldChime = (before: number | undefined, now: number | undefined, muted: boolean) =>
  !muted && before !== undefined && now !== undefined && now > before;

function readMuted(): boolean {
  try {
    return localStorage.getItem(MUTED_KEY) === "1";
  } catch {
    return false;
  }
}

let audio: AudioContext | undefined;

/** Two short tones made on the spot (no file to load); any refusal of the browser is swallowed. */
export function playChime(): void {
  try {
    audio ??= new AudioContext();
    if (audio.state === "suspended") void audio.resume().catch(() => undefined);
    const start = audio.currentTime;
    for (const [offset, frequency] of [
      [0, 880],
      [0.18, 1320],
    ] as const) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.2, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.16);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.18);
    }
  } catch (error) {
    // Without sound the count and the title still tell.
    console.warn("chat chime not played", error);
  }
}

/**
 * Follows `waiting` (undefined while unknown or off duty) and chimes on a new arrival. The mute
 * choice is kept on the device.
 */
export function createWaitingAlert(options: { waiting: () => number | undefined; chime?: () => void }) {
  const [muted, setMutedSignal] = createSignal(readMuted());
  const setMuted = (value: boolean) => {
    setMutedSignal(value);
    try {
      localStorage.setItem(MUTED_KEY, value ? "1" : "0");
    } catch {
      // A private window without storage: the choice lasts for this page.
    }
  };
  createEffect(
    on(options.waiting, (now, before) => {
      if (shouldChime(before, now, muted())) (options.chime ?? playChime)();
    }),
  );
  return { muted, setMuted };
}
