// The guide editor's console request: a service's texts, written back whole.
import type { Service } from "../../../lib/contract/guide";
import { z } from "../../../lib/contract/zod";
import { write } from "../../../lib/console-api";

/** The server answers with the record it stored; the sync feed brings it to every device. */
export const saveService = (service: Service): Promise<unknown> =>
  write("PUT", `/api/staff/guide/services/${encodeURIComponent(service.id)}`, service, z.unknown());
