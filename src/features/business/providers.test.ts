import { describe, expect, it } from "vitest";
import type { DigitalProvider } from "../../lib/contract/business";
import { findProviders, isDigitalService } from "./providers";

const provider = (name: string, services: DigitalProvider["services"]): DigitalProvider => ({
  id: name.toLowerCase(),
  name,
  services,
  description: "Hilft Betrieben beim Schritt ins Internet.",
  website: null,
  phone: null,
  email: null,
  address: null,
  sample: true,
});

describe("findProviders", () => {
  const providers = [
    provider("Webwerkstatt", ["website", "web-shop"]),
    provider("Kassenkontor", ["payments"]),
    provider("Ärztedienst IT", ["it-support", "security"]),
  ];

  it("lists everyone alphabetically as German sorts (Ä with A)", () => {
    expect(findProviders(providers, undefined, "de").map((p) => p.name)).toEqual([
      "Ärztedienst IT",
      "Kassenkontor",
      "Webwerkstatt",
    ]);
  });

  it("keeps only the providers offering the chosen service", () => {
    expect(findProviders(providers, "web-shop", "de").map((p) => p.name)).toEqual(["Webwerkstatt"]);
    expect(findProviders(providers, "marketing", "de")).toEqual([]);
  });

  it("takes only the contract's services from the address", () => {
    expect(isDigitalService("payments")).toBe(true);
    expect(isDigitalService("lottery")).toBe(false);
    expect(isDigitalService(undefined)).toBe(false);
  });
});
