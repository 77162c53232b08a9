import type { Dialogue } from "@parley/protocol/dialogues";
import type { ReactNode } from "react";
import { useDialogueList } from "../dialogues/useDialogueList";
import { DateRange } from "../people/list/DateRange";
import { useSession } from "../session/SessionContext";
import { SelectField } from "../ui/SelectField";
import { formatDay } from "./formatReportValue";
import { DATE_PRESET_LABELS, DATE_PRESETS, DEFAULT_PRESET } from "./reportDates";
import { reportDays, type ReportSearch } from "./reportSearch";

export interface ReportFiltersProps {
  siteId: string;
  /** The site's zone: the days are its days. */
  timeZone: string;
  /** Today in the site's zone (reportDates.todayIn). */
  today: string;
  search: ReportSearch;
  onChange(patch: Partial<ReportSearch>): void;
  locale?: string;
  /** Offer the dialogue/flow picker (the dialogue's own report has no use for it). */
  dialoguePicker?: boolean;
  /** Why the days cannot be reported (see reportDaysProblem), said at the date fields. */
  problem?: string | null;
  /** More filters at the end of the bar (e.g. a version picker). */
  children?: ReactNode;
}

const ALL = "all";
const KIND_PREFIX = "kind:";

/** The picker's value for the search: everything, only dialogues, only flows, or one of them. */
export function dialogueChoiceOf(search: Pick<ReportSearch, "dialogueId" | "kind">): string {
  if (search.dialogueId) return search.dialogueId;
  return search.kind ? `${KIND_PREFIX}${search.kind}` : ALL;
}

/** The search for a picker value (a new choice drops a version picked for the previous one). */
export function searchOfDialogueChoice(value: string): Pick<ReportSearch, "dialogueId" | "kind" | "version"> {
  if (value === ALL) return { dialogueId: undefined, kind: undefined, version: undefined };
  if (value === `${KIND_PREFIX}dialogue`)
    return { dialogueId: undefined, kind: "dialogue", version: undefined };
  if (value === `${KIND_PREFIX}flow`) return { dialogueId: undefined, kind: "flow", version: undefined };
  return { dialogueId: value, kind: undefined, version: undefined };
}

/**
 * The reports' filters, bound to the URL's search through `search`/`onChange`: which dialogues or
 * flows, which visitors, and the days — a preset or a custom range, counted in the site's zone
 * (shown beside them).
 */
export function ReportFilters({
  siteId,
  timeZone,
  today,
  search,
  onChange,
  locale,
  dialoguePicker = true,
  problem,
  children,
}: ReportFiltersProps) {
  const days = reportDays(search, today);
  const range = search.range ?? DEFAULT_PRESET;
  return (
    <section className="report-filters" aria-label="Report filters">
      {dialoguePicker && <DialoguePicker siteId={siteId} search={search} onChange={onChange} />}
      <SelectField
        label="Visitors"
        value={search.visitors ?? ALL}
        options={[
          { value: ALL, label: "All visitors" },
          { value: "known", label: "Known visitors" },
          { value: "unknown", label: "Unknown visitors" },
        ]}
        hint="Known: had given an email (or was identified) before the conversation started. A meeting or chat counts by its conversation."
        onChange={(visitors) =>
          onChange({ visitors: visitors === ALL ? undefined : (visitors as ReportSearch["visitors"]) })
        }
      />
      <SelectField
        label="Days"
        value={range}
        options={[...DATE_PRESETS, "custom" as const].map((value) => ({
          value,
          label: DATE_PRESET_LABELS[value],
        }))}
        hint={`${formatDay(days.from, locale)} – ${formatDay(days.to, locale)}, ${timeZone.replaceAll("_", " ")} time`}
        onChange={(value) =>
          value === "custom"
            ? // A custom range starts as the days shown now, to be edited.
              onChange({ range: "custom", from: days.from, to: days.to })
            : onChange({
                range: value === DEFAULT_PRESET ? undefined : (value as ReportSearch["range"]),
                from: undefined,
                to: undefined,
              })
        }
      />
      {range === "custom" && (
        <DateRange
          legend={`Custom days (${timeZone.replaceAll("_", " ")})`}
          from={search.from ?? days.from}
          to={search.to ?? days.to}
          onChange={(from, to) => onChange({ range: "custom", from, to })}
        />
      )}
      {problem && (
        <p className="field-error report-days-problem" role="alert">
          {problem}
        </p>
      )}
      {children}
    </section>
  );
}

function DialoguePicker({
  siteId,
  search,
  onChange,
}: Pick<ReportFiltersProps, "siteId" | "search" | "onChange">) {
  const { can } = useSession();
  // Without the right to read dialogues the picker offers dialogues-or-flows only.
  const mayList = can("dialogues.view", "dialogues.manage");
  const dialogues = useListIf(siteId, "dialogue", mayList);
  const flows = useListIf(siteId, "flow", mayList);
  const named = (items: readonly Dialogue[], kind: string) =>
    items
      .slice()
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((d) => ({
        value: d.id,
        label: `${kind}: ${d.name}${d.status === "archived" ? " (archived)" : ""}`,
      }));
  const options = [
    { value: ALL, label: "All dialogues and flows" },
    { value: `${KIND_PREFIX}dialogue`, label: "Dialogues only" },
    { value: `${KIND_PREFIX}flow`, label: "Flows only" },
    ...named(dialogues ?? [], "Dialogue"),
    ...named(flows ?? [], "Flow"),
  ];
  const value = dialogueChoiceOf(search);
  // A dialogue of the link that the lists do not hold (yet): still shown as chosen.
  if (!options.some((o) => o.value === value)) options.push({ value, label: "The chosen dialogue" });
  return (
    <SelectField
      label="Dialogue or flow"
      value={value}
      options={options}
      onChange={(choice) => onChange(searchOfDialogueChoice(choice))}
    />
  );
}

function useListIf(siteId: string, kind: "dialogue" | "flow", enabled: boolean): Dialogue[] | undefined {
  const list = useDialogueList(siteId, kind, enabled);
  return enabled ? list.data : undefined;
}
