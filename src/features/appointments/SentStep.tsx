// After booking without an account: the appointment waits for the mail's link (double opt-in).
import { A } from "@solidjs/router";
import type { Appointment } from "../../lib/contract/appointments";
import { t } from "../../lib/i18n";
import { berlinDateOf } from "./calendar";
import { formatTime } from "../../lib/date-format";
import { slotName } from "./format";

export function SentStep(props: { appointment: Appointment }) {
  const until = () => props.appointment.holdExpiresAt;
  return (
    <>
      <div class="success" role="status">
        <p class="success-title">{t("appointments.sent.mailSent", { email: props.appointment.email })}</p>
        <p>
          {t("appointments.sent.slot", {
            time: slotName(berlinDateOf(props.appointment.start), props.appointment.start),
          })}
        </p>
      </div>
      <p>
        <strong>
          {until()
            ? t("appointments.sent.openLinkUntil", { time: formatTime(until() ?? ""), minutes: 15 })
            : t("appointments.sent.openLink", { minutes: 15 })}
        </strong>
      </p>
      <p>{t("appointments.sent.lapse")}</p>
      <p>{t("appointments.sent.noMail")}</p>
      <p>
        <A href="/termine/meine">{t("appointments.mine.link")}</A>
      </p>
    </>
  );
}
