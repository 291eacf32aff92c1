// Translated names of the warnings' codes; the codes stay in the data, the words come from i18n.
import type {
  CityNoticeKind,
  MsgType,
  Severity,
  WarningProvider,
} from "../../lib/contract/warnings-constants";
import { t } from "../../lib/i18n";

export const severityLabel = (severity: Severity) => t(`warnings.severity.${severity}`);
export const providerLabel = (provider: WarningProvider) => t(`warnings.providers.${provider}`);
export const msgTypeLabel = (msgType: MsgType) => t(`warnings.msgType.${msgType}`);
export const noticeKindLabel = (kind: CityNoticeKind) => t(`warnings.noticeKinds.${kind}`);

/** Dates of warnings always with the time: "12. März 2026, 14:30". */

export const warningPath = (id: string) => `/warnungen/${encodeURIComponent(id)}`;
