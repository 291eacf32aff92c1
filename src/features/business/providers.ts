// The directory of digital service providers: filtered by the service a business looks for,
// alphabetical.
import { DIGITAL_SERVICES, type DigitalProvider, type DigitalService } from "../../lib/contract/business";

export const isDigitalService = (value: unknown): value is DigitalService =>
  DIGITAL_SERVICES.some((service) => service === value);

export function findProviders(
  providers: readonly DigitalProvider[],
  service: DigitalService | undefined,
  locale: string,
): DigitalProvider[] {
  const collator = new Intl.Collator(locale);
  return providers
    .filter((provider) => !service || provider.services.includes(service))
    .sort((a, b) => collator.compare(a.name, b.name));
}
