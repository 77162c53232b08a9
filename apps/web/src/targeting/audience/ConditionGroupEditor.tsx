import type { Condition, ConditionGroup } from "@parley/flow/conditions/condition";
import { isConditionGroup } from "@parley/flow/conditions/condition";
import { useMemo } from "react";
import { useFields } from "../../data/useFields";
import { useSiteAgents } from "../../data/useSiteAgents";
import { useTeams } from "../../data/useTeams";
import { useSegments } from "../useSegments";
import { attributeLabel, audienceAttributeOptions } from "./audienceAttributes";
import type { ConditionEditorEnv } from "./conditionEditorEnv";
import { GroupBlock } from "./GroupBlock";
import "../targeting.css";

/** The kinds of condition an editor may offer (packages/flow Condition["type"]). */
export type ConditionType = Condition["type"];

/** What a dialogue's audience and a segment offer: fields, visitor attributes, segments. */
export const AUDIENCE_CONDITION_TYPES: readonly ConditionType[] = ["attribute", "segment"];
/** Everything, for the Branch card: availability and office hours too. */
export const ALL_CONDITION_TYPES: readonly ConditionType[] = [
  "attribute",
  "segment",
  "agentAvailability",
  "officeHours",
];

export interface ConditionGroupEditorProps {
  value: ConditionGroup;
  onChange(value: ConditionGroup): void;
  /** Whose fields (person.*, company.*), segments, teams and agents to offer. */
  siteId: string;
  /** Which kinds of condition may be added (default AUDIENCE_CONDITION_TYPES). */
  allowed?: readonly ConditionType[];
  /** The group's name for screen readers and the legend ("Audience", "Branch conditions"). */
  label?: string;
  /** Problems to show above the group (e.g. the server's `problems`), in words. */
  problems?: readonly string[];
  /** A segment being edited is not offered as "member of segment" to itself. */
  excludeSegmentId?: string;
}

function attributesIn(group: ConditionGroup): string[] {
  return group.conditions.flatMap((item) =>
    isConditionGroup(item) ? attributesIn(item) : item.type === "attribute" ? [item.attribute] : [],
  );
}

/**
 * A controlled editor of a nested all/any condition group: every operator on person, company and
 * visit attributes, membership of saved segments and — where `allowed` says so — agent availability
 * and office hours. The edits themselves are the pure functions of conditionGroupEdits.ts.
 */
export function ConditionGroupEditor(props: ConditionGroupEditorProps) {
  const { value, onChange, siteId, label = "Conditions", problems = [], excludeSegmentId } = props;
  const allowed = props.allowed ?? AUDIENCE_CONDITION_TYPES;
  const wantsPeople = allowed.includes("agentAvailability");
  const fields = useFields(siteId);
  const segments = useSegments(siteId);
  const teams = useTeams(wantsPeople);
  const agents = useSiteAgents(siteId, wantsPeople);

  const env = useMemo((): ConditionEditorEnv => {
    const fieldList = fields.data ?? [];
    const attributes = audienceAttributeOptions(fieldList, attributesIn(value));
    const segmentList = (segments.data ?? []).filter((s) => s.id !== excludeSegmentId);
    const teamList = teams.data ?? [];
    const agentList = agents.data ?? [];
    const name = (list: readonly { id: string; name: string }[], id: string) =>
      list.find((x) => x.id === id)?.name ?? "(deleted)";
    return {
      allowed,
      fields: fieldList,
      attributes,
      segments: segmentList.map((s) => ({ value: s.id, label: s.name })),
      teams: teamList.map((t) => ({ value: t.id, label: t.name })),
      agents: agentList.map((a) => ({ value: a.id, label: a.name })),
      defaults: {
        attribute: attributes[0]?.value ?? "visitor.page.url",
        segmentId: segmentList[0]?.id,
        timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      },
      names: {
        attribute: (path) => attributeLabel(path, fieldList),
        segment: (id) => name(segments.data ?? [], id),
        team: (id) => name(teamList, id),
        agent: (id) => name(agentList, id),
      },
    };
  }, [fields.data, segments.data, teams.data, agents.data, allowed, value, excludeSegmentId]);

  return (
    <div className="condition-editor">
      {fields.isError && (
        <p className="field-error">
          The site’s fields could not be loaded; only visit attributes are offered.
        </p>
      )}
      {problems.length > 0 && (
        <ul className="condition-problems" aria-label={`Problems with ${label.toLowerCase()}`}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <GroupBlock group={value} path={[]} root={value} onRootChange={onChange} env={env} label={label} />
    </div>
  );
}
