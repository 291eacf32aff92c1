// The guide editor's console request: a service's texts, written back whole.
import { sendJson } from "../../../lib/api";
import { type Service, serviceSchema } from "../../../lib/contract/guide";

/** The server answers with the record it stored; the sync feed brings it to every device. */
export const saveService = (service: Service): Promise<Service> =>
  sendJson("PUT", `/api/staff/guide/services/${encodeURIComponent(service.id)}`, service, serviceSchema);
