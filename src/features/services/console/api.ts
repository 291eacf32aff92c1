// The guide editor's console requests: a service's, an office's or a life situation's record,
// written back whole.
import { sendJson } from "../../../lib/api";
import {
  type LifeSituation,
  lifeSituationSchema,
  type Office,
  officeSchema,
  type Service,
  serviceSchema,
} from "../../../lib/contract/guide";

/** The server answers with the record it stored; the sync feed brings it to every device. */
export const saveService = (service: Service): Promise<Service> =>
  sendJson("PUT", `/api/staff/guide/services/${encodeURIComponent(service.id)}`, service, serviceSchema);

export const saveOffice = (office: Office): Promise<Office> =>
  sendJson("PUT", `/api/staff/guide/offices/${encodeURIComponent(office.id)}`, office, officeSchema);

export const saveLifeSituation = (situation: LifeSituation): Promise<LifeSituation> =>
  sendJson(
    "PUT",
    `/api/staff/guide/life-situations/${encodeURIComponent(situation.id)}`,
    situation,
    lifeSituationSchema,
  );
