// What staff do with a report: take it, give it to a colleague of its department (or to nobody),
// set a status with the note the public reads (a rejection needs it as its reason), merge it as a duplicate into another report (one of
// the open ones nearby, or any id), and forward it to another department or the Stadtwerke. Merging
// and forwarding ask once more: afterwards the report leaves this inbox's open list.
import { createMemo, createSignal, For, Show } from "solid-js";
import { DEPARTMENTS, type Department } from "../../../lib/contract/account-constants";
import {
  type Colleague,
  REPORT_NOTE_MAX,
  REPORT_STATUSES,
  type ReportStatus,
  type StaffReport,
} from "../../../lib/contract/reports";
import { createConfirmStep } from "../../../lib/confirm-step";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { ConfirmAction } from "../../../ui/ConfirmAction";
import { ErrorSummary, summaryOf } from "../../../ui/ErrorSummary";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { SelectInput, TextArea, TextInput } from "../../../ui/Field";
import { account } from "../../account/session";
import { departmentLabel } from "../../staff/labels";
import {
  assignReport,
  fetchColleagues,
  fetchNearby,
  forwardReport,
  mergeReport,
  setReportStatus,
} from "./api";
import { categoryLabel, placeOf, statusLabel } from "./labels";
import { checkMergeTarget, checkStatusChange, type StatusFormErrors } from "./report-forms";

export function ReportActions(props: { report: StaffReport; onChanged: (report: StaffReport) => void }) {
  const write = createWrite<string>();
  const change = (key: string, request: (id: string) => Promise<StaffReport>, success: string) => {
    const id = props.report.id;
    const changed = props.onChanged;
    return write.run(
      key,
      async () => {
        changed(await request(id));
        return success;
      },
      {
        overrides: {
          conflict: "staff.reports.errors.conflict",
          not_found: "staff.reports.errors.notFound",
          // The only refusal of valid input here: the assignee left the department or was disabled meanwhile.
          validation_failed: "staff.reports.assign.errors.notColleague",
        },
      },
    );
  };
  const me = () => account();
  const mine = () => props.report.assigneeId !== null && props.report.assigneeId === me()?.id;

  return (
    <section aria-labelledby="report-actions-title">
      <h2 id="report-actions-title">{t("staff.reports.actions.title")}</h2>
      <ActionOutcome failureKey={write.failure()} success={write.success()} />

      <h3>{t("staff.reports.assign.title")}</h3>
      <p>{t("staff.reports.assign.lead")}</p>
      <div class="button-row">
        <Show when={!mine()}>
          <button
            type="button"
            class="button"
            disabled={write.busy() !== undefined}
            onClick={() => {
              const myId = me()?.id ?? null;
              void change("assign", (id) => assignReport(id, myId), t("staff.reports.assign.toMeDone"));
            }}
          >
            {t("staff.reports.assign.toMe")}
          </button>
        </Show>
        <Show when={props.report.assigneeId !== null}>
          <button
            type="button"
            class="button secondary"
            disabled={write.busy() !== undefined}
            onClick={() =>
              void change("assign", (id) => assignReport(id, null), t("staff.reports.assign.releasedDone"))
            }
          >
            {t("staff.reports.assign.release")}
          </button>
        </Show>
      </div>
      <AssignForm
        report={props.report}
        busy={write.busy() !== undefined}
        onAssign={(colleague) =>
          change(
            "assign",
            (id) => assignReport(id, colleague.id),
            t("staff.reports.assign.toColleagueDone", { name: colleague.name }),
          )
        }
      />

      <Show when={props.report.duplicateOf === null}>
        <StatusForm
          report={props.report}
          busy={write.busy() !== undefined}
          onSend={(status, publicNote) =>
            change(
              "status",
              (id) => setReportStatus(id, { status, publicNote }),
              t("staff.reports.status.done", { status: statusLabel(status) }),
            )
          }
        />
        <MergeForm
          report={props.report}
          busy={write.busy() !== undefined}
          onMerge={(into) =>
            change("merge", (id) => mergeReport(id, into), t("staff.reports.merge.done", { id: into }))
          }
        />
      </Show>
      <ForwardForm
        report={props.report}
        busy={write.busy() !== undefined}
        onForward={(department) =>
          change(
            "forward",
            (id) => forwardReport(id, department),
            t("staff.reports.forward.done", { department: departmentLabel(department) }),
          )
        }
      />
    </section>
  );
}

/** Gives the report to someone of its department (the server's colleagues list, without its assignee). */
function AssignForm(props: {
  report: StaffReport;
  busy: boolean;
  onAssign: (colleague: Colleague) => Promise<boolean>;
}) {
  // Once per department, not after every change of the report.
  const department = createMemo(() => props.report.department);
  const colleagues = createRemote(() => department(), fetchColleagues);
  const choices = () =>
    (colleagues.data() ?? []).filter((colleague) => colleague.id !== props.report.assigneeId);
  const [chosen, setChosen] = createSignal("");
  const [error, setError] = createSignal<string>();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const colleague = choices().find((candidate) => candidate.id === chosen());
    setError(colleague ? undefined : "staff.reports.assign.errors.choose");
    if (colleague && (await props.onAssign(colleague))) setChosen("");
  };

  return (
    <>
      <RemoteStatus remote={colleagues} />
      <Show when={colleagues.data()}>
        <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
          <ErrorSummary items={summaryOf(["colleague"], { colleague: error() }, "report-assign")} />
          <SelectInput
            id="report-assign-colleague"
            label={t("staff.reports.assign.colleague")}
            hint={t("staff.reports.assign.colleagueHint")}
            value={chosen()}
            onChange={setChosen}
            options={[
              { value: "", label: t("staff.reports.assign.choose") },
              ...choices().map((colleague) => ({ value: colleague.id, label: colleague.name })),
            ]}
            error={error()}
            required
          />
          <button type="submit" class="button secondary" disabled={props.busy}>
            {t("staff.reports.assign.submit")}
          </button>
        </form>
      </Show>
    </>
  );
}

function StatusForm(props: {
  report: StaffReport;
  busy: boolean;
  onSend: (status: ReportStatus, note: string | null) => Promise<boolean>;
}) {
  const [status, setStatus] = createSignal<ReportStatus | "">("");
  const [note, setNote] = createSignal("");
  const [errors, setErrors] = createSignal<StatusFormErrors>({});

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const checked = checkStatusChange(status(), note());
    if ("errors" in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    if (await props.onSend(checked.change.status, checked.change.publicNote)) {
      setStatus("");
      setNote("");
    }
  };

  return (
    <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
      <h3>{t("staff.reports.status.title")}</h3>
      <ErrorSummary items={summaryOf(["status", "note"], errors(), "report-status")} />
      <SelectInput
        id="report-status-status"
        label={t("staff.reports.status.status")}
        value={status()}
        onChange={(value) => setStatus(REPORT_STATUSES.find((candidate) => candidate === value) ?? "")}
        options={[
          { value: "", label: t("staff.reports.status.choose") },
          ...REPORT_STATUSES.map((value) => ({ value, label: statusLabel(value) })),
        ]}
        error={errors().status}
        required
      />
      <TextArea
        id="report-status-note"
        label={t("staff.reports.status.note")}
        hint={t("staff.reports.status.noteHint", { max: REPORT_NOTE_MAX })}
        value={note()}
        onInput={setNote}
        error={errors().note}
        errorValues={{ max: String(REPORT_NOTE_MAX) }}
        required={status() === "rejected"}
        mark={status() === "rejected" ? "required" : "optional"}
        rows={4}
      />
      <button type="submit" class="button" disabled={props.busy}>
        {t("staff.reports.status.submit")}
      </button>
    </form>
  );
}

function MergeForm(props: {
  report: StaffReport;
  busy: boolean;
  onMerge: (into: string) => Promise<boolean>;
}) {
  const [target, setTarget] = createSignal("");
  const [error, setError] = createSignal<string>();
  const confirm = createConfirmStep<string>();
  const nearby = createRemote(
    () => props.report,
    async (report) => (await fetchNearby(report)).reports.filter((other) => other.id !== report.id),
  );

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const problem = checkMergeTarget(target(), props.report.id);
    setError(problem);
    if (!problem) confirm.ask(target().trim());
  };
  const send = async () => {
    const into = confirm.take();
    if (into === undefined) return;
    if (await props.onMerge(into)) setTarget("");
    else confirm.focusSubmit();
  };

  return (
    <form class="staff-form" onSubmit={submit} novalidate>
      <h3>{t("staff.reports.merge.title")}</h3>
      <p>{t("staff.reports.merge.lead")}</p>
      <ErrorSummary items={summaryOf(["target"], { target: error() }, "report-merge")} />
      <Show when={(nearby.data() ?? []).length > 0}>
        <ul class="staff-list">
          <For each={nearby.data()}>
            {(other) => (
              <li>
                {t("staff.reports.merge.nearby", {
                  category: categoryLabel(other.category),
                  place: placeOf(other),
                  distance: Math.round(other.distanceM),
                  status: statusLabel(other.status),
                })}{" "}
                <button
                  type="button"
                  class="button secondary"
                  onClick={() => confirm.editing(setTarget)(other.id)}
                  aria-label={t("staff.reports.merge.pickLabel", { place: placeOf(other) })}
                >
                  {t("staff.reports.merge.pick")}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <TextInput
        id="report-merge-target"
        label={t("staff.reports.merge.target")}
        hint={t("staff.reports.merge.targetHint")}
        value={target()}
        onInput={confirm.editing(setTarget)}
        error={error()}
        code
        required
      />
      <Show
        when={confirm.pending() !== undefined}
        fallback={
          <button type="submit" class="button secondary" disabled={props.busy} ref={confirm.submitRef}>
            {t("staff.reports.merge.submit")}
          </button>
        }
      >
        <div tabindex="-1" ref={confirm.questionRef}>
          <ConfirmAction
            question={t("staff.reports.merge.question", { id: confirm.pending() ?? "" })}
            text={t("staff.reports.merge.confirmText")}
            confirmLabel={t("staff.reports.merge.confirmYes")}
            onConfirm={() => void send()}
            onCancel={confirm.cancel}
          />
        </div>
      </Show>
    </form>
  );
}

function ForwardForm(props: {
  report: StaffReport;
  busy: boolean;
  onForward: (department: Department) => Promise<boolean>;
}) {
  const others = () => DEPARTMENTS.filter((department) => department !== props.report.department);
  const [department, setDepartment] = createSignal<Department>();
  const chosen = () => department() ?? others()[0]!;
  const confirm = createConfirmStep<Department>();

  const send = async () => {
    const to = confirm.take();
    if (to === undefined) return;
    if (!(await props.onForward(to))) confirm.focusSubmit();
  };

  return (
    <form
      class="staff-form"
      onSubmit={(event) => {
        event.preventDefault();
        confirm.ask(chosen());
      }}
    >
      <h3>{t("staff.reports.forward.title")}</h3>
      <p>{t("staff.reports.forward.lead")}</p>
      <SelectInput
        id="report-forward-department"
        label={t("staff.reports.forward.department")}
        value={chosen()}
        onChange={confirm.editing((value: string) => setDepartment(DEPARTMENTS.find((d) => d === value)))}
        options={others().map((value) => ({ value, label: departmentLabel(value) }))}
      />
      <Show
        when={confirm.pending() !== undefined}
        fallback={
          <button type="submit" class="button secondary" disabled={props.busy} ref={confirm.submitRef}>
            {t("staff.reports.forward.submit")}
          </button>
        }
      >
        <div tabindex="-1" ref={confirm.questionRef}>
          <ConfirmAction
            question={t("staff.reports.forward.question", { department: departmentLabel(chosen()) })}
            text={t("staff.reports.forward.confirmText")}
            confirmLabel={t("staff.reports.forward.confirmYes")}
            onConfirm={() => void send()}
            onCancel={confirm.cancel}
          />
        </div>
      </Show>
    </form>
  );
}
