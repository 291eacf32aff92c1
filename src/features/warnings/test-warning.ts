// A warning for unit tests (the warnings' model, the start page's overview): a plain MoWaS alert for
// Delmenhorst with German texts only; `change` sets what a test is about.
import type { Warning } from "../../lib/contract/warnings";

export function testWarning(id: string, change: Partial<Warning> = {}): Warning {
  return {
    id,
    provider: "mowas",
    version: 1,
    hash: id,
    msgType: "Alert",
    references: [],
    severity: "Moderate",
    urgency: null,
    certainty: null,
    eventCode: null,
    sender: null,
    sent: "2026-03-10T10:00:00+01:00",
    onset: null,
    expires: null,
    texts: {
      de: {
        headline: `Warnung ${id}`,
        event: null,
        description: null,
        instruction: null,
        contact: null,
        web: null,
      },
    },
    areas: ["Stadt Delmenhorst"],
    regions: ["034010000000"],
    noticeKind: null,
    fetchedAt: "2026-03-10T10:01:00+01:00",
    withdrawnAt: null,
    area: null,
    ...change,
  };
}
