// The admins' requests for feedback on barriers and the start page's sign-language video
// (server/features/accessibility/staff-routes.ts),
// parsed with the contract's schemas; nothing is stored on the device (feedback may name people).
import { getJson, sendJson } from "../../../lib/api";
import {
  type AccessibilityFeedback,
  accessibilityFeedbackSchema,
  type SignLanguageVideo,
  signLanguageVideoSchema,
} from "../../../lib/contract/accessibility";
import { z } from "../../../lib/contract/zod";

const BASE = "/api/staff/accessibility/feedback";

export const fetchFeedback = async (): Promise<AccessibilityFeedback[]> =>
  (await getJson(BASE, z.object({ feedback: z.array(accessibilityFeedbackSchema) }))).feedback;

export const markFeedbackAnswered = (id: string): Promise<AccessibilityFeedback> =>
  sendJson("POST", `${BASE}/${encodeURIComponent(id)}/answered`, {}, accessibilityFeedbackSchema);

const VIDEO = "/api/accessibility/sign-language-video";

export const fetchSignLanguageVideo = (): Promise<SignLanguageVideo> =>
  getJson(VIDEO, signLanguageVideoSchema);

export const saveSignLanguageVideo = (url: string | null): Promise<SignLanguageVideo> =>
  sendJson("PUT", "/api/staff/accessibility/sign-language-video", { url }, signLanguageVideoSchema);
