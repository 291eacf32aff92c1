// The booking wizard's answers while the resident goes through its steps. Kept in the page (not in
// storage): a booking half done on a shared device should not stay behind.
import { createSignal } from "solid-js";
import type { Appointment, ServiceLine, VisitType } from "../../lib/contract/appointments";
import type { ProofOfWork } from "./altcha";

export type Contact = { name: string; email: string; phone: string };

export const STEPS = ["services", "time", "details", "review", "sent"] as const;
export type Step = (typeof STEPS)[number];

/** The steps in the address bar (?schritt=…), so the browser's back button walks the wizard too. */
export const STEP_PARAMS: Record<Step, string> = {
  services: "dienste",
  time: "zeit",
  details: "angaben",
  review: "pruefen",
  sent: "gesendet",
};

export function createDraft() {
  const [officeId, setOfficeId] = createSignal<string | null>(null);
  const [lines, setLines] = createSignal<ServiceLine[]>([]);
  const [slot, setSlot] = createSignal<string | null>(null);
  const [visitType, setVisitType] = createSignal<VisitType>("on-site");
  const [contact, setContact] = createSignal<Contact>({ name: "", email: "", phone: "" });
  const [contactDone, setContactDone] = createSignal(false);
  const [booked, setBooked] = createSignal<Appointment | null>(null);
  /** Why the resident was sent back to the slot picker (a translation key). */
  const [slotNotice, setSlotNotice] = createSignal<string | null>(null);
  /** Raised to make the slot picker ask the server again. */
  const [slotsVersion, setSlotsVersion] = createSignal(0);
  const [proofOfWork, setProofOfWork] = createSignal<ProofOfWork | null>(null);

  const chooseOffice = (id: string) => {
    if (id === officeId()) return;
    setOfficeId(id);
    setLines([]);
    setSlot(null);
  };

  const setPersons = (serviceId: string, persons: number) =>
    setLines((current) => current.map((l) => (l.serviceId === serviceId ? { ...l, persons } : l)));

  const toggleService = (serviceId: string, chosen: boolean) => {
    setLines((current) =>
      chosen
        ? [...current.filter((l) => l.serviceId !== serviceId), { serviceId, persons: 1 }]
        : current.filter((l) => l.serviceId !== serviceId),
    );
    // Another set of services takes another time: the chosen one may no longer fit.
    setSlot(null);
  };

  /** The slot was taken or is no longer bookable: back to the picker, with fresh slots. */
  const slotLost = (messageKey: string) => {
    setSlot(null);
    setSlotNotice(messageKey);
    setSlotsVersion((v) => v + 1);
  };

  /** The last step the answers so far allow (a reload or an old link can ask for a later one). */
  const reachable = (wanted: Step, signedIn: boolean): Step => {
    if (wanted === "sent") return booked() ? "sent" : "services";
    if (wanted === "services" || !officeId() || lines().length === 0) return "services";
    if (wanted === "time" || !slot()) return "time";
    if (wanted === "details" || !(signedIn || contactDone())) return "details";
    return "review";
  };

  return {
    officeId,
    chooseOffice,
    lines,
    setPersons,
    toggleService,
    slot,
    setSlot,
    visitType,
    setVisitType,
    contact,
    setContact,
    contactDone,
    setContactDone,
    booked,
    setBooked,
    slotNotice,
    setSlotNotice,
    slotsVersion,
    slotLost,
    proofOfWork,
    setProofOfWork,
    reachable,
  };
}

export type Draft = ReturnType<typeof createDraft>;
