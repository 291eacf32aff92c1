// The database Kysely sees: every feature's tables (server/features/<feature>/tables.ts) and the
// shared ones (platform-tables.ts). The table types are re-exported so callers import them from here.
import type { PlatformTables } from "./platform-tables";
import type { AccountTables } from "../features/account/tables";
import type { AuthTables } from "../features/auth/tables";
import type { FeedbackTables } from "../features/feedback/tables";
import type { ApplicationTables } from "../features/applications/tables";
import type { WarningTables } from "../features/warnings/tables";
import type { PushTables } from "../features/push/tables";
import type { AppointmentTables } from "../features/appointments/tables";
import type { MapTables } from "../features/map/tables";
import type { ShopTables } from "../features/shops/tables";
import type { BusinessTables } from "../features/business/tables";
import type { ChatTables } from "../features/chat/tables";
import type { AccessibilityTables } from "../features/accessibility/tables";
import type { TranslationTables } from "../features/translations/tables";
import type { CouncilTables } from "../features/council/tables";
import type { WasteTables } from "../features/waste/tables";
import type { ReportTables } from "../features/reports/tables";

export type * from "./platform-tables";
export type * from "../features/account/tables";
export type * from "../features/auth/tables";
export type * from "../features/feedback/tables";
export type * from "../features/applications/tables";
export type * from "../features/warnings/tables";
export type * from "../features/push/tables";
export type * from "../features/appointments/tables";
export type * from "../features/map/tables";
export type * from "../features/shops/tables";
export type * from "../features/business/tables";
export type * from "../features/chat/tables";
export type * from "../features/accessibility/tables";
export type * from "../features/translations/tables";
export type * from "../features/council/tables";
export type * from "../features/waste/tables";
export type * from "../features/reports/tables";

export interface Database
  extends
    PlatformTables,
    AccountTables,
    AuthTables,
    FeedbackTables,
    ApplicationTables,
    WarningTables,
    PushTables,
    AppointmentTables,
    MapTables,
    ShopTables,
    BusinessTables,
    ChatTables,
    AccessibilityTables,
    TranslationTables,
    CouncilTables,
    WasteTables,
    ReportTables {}
