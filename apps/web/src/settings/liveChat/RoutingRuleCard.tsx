import type { AgentSummary, RoutingRule } from "@parley/protocol/liveChat";
import type { Team } from "@parley/protocol/teams";
import { useRoutingRuleMutations } from "../../data/useRoutingRules";
import { Button } from "../../ui/Button";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { OPERATOR_LABELS, VALUELESS } from "./ruleConditions";
import type { ConditionOperator } from "@parley/flow/conditions/condition";

interface RoutingRuleCardProps {
  siteId: string;
  rule: RoutingRule;
  agents: readonly AgentSummary[];
  teams: readonly Team[];
  canManage: boolean;
  busy: boolean;
  first: boolean;
  last: boolean;
  onEdit(): void;
  onMove?(direction: -1 | 1): void;
}

/** One rule: priority, who gets its chats, its conditions in words; move up/down, edit, delete. */
export function RoutingRuleCard(props: RoutingRuleCardProps) {
  const { siteId, rule, agents, teams, canManage, busy, onEdit, onMove } = props;
  const { remove } = useRoutingRuleMutations(siteId);
  const names = new Map(agents.map((a) => [a.id, a.name]));
  const team = rule.teamId ? teams.find((t) => t.id === rule.teamId) : undefined;
  const to = rule.teamId
    ? `Team ${team?.name ?? "(not visible to you)"}`
    : rule.agentIds.map((id) => names.get(id) ?? "a former agent").join(", ") || "nobody";

  return (
    <li className="card card-row">
      <div className="card-row-main">
        <h4 className="cell-title">
          {rule.name} <span className="badge badge-quiet">Priority {rule.priority}</span>
        </h4>
        <p className="cell-sub">To: {to}</p>
        <p className="cell-sub">{describeConditions(rule.conditions)}</p>
        {remove.error && (
          <p className="text-error" role="alert">
            {remove.error.message}
          </p>
        )}
      </div>
      {canManage && (
        <div className="card-row-actions">
          <Button
            aria-label={`Move ${rule.name} up`}
            disabled={busy || props.first}
            onPress={() => onMove?.(-1)}
          >
            Up
          </Button>
          <Button
            aria-label={`Move ${rule.name} down`}
            disabled={busy || props.last}
            onPress={() => onMove?.(1)}
          >
            Down
          </Button>
          <Button aria-label={`Edit ${rule.name}`} onPress={onEdit}>
            Edit
          </Button>
          <ConfirmButton
            label="Delete"
            question={`Delete the rule ${rule.name}?`}
            ariaLabel={`Delete ${rule.name}`}
            pending={remove.isPending}
            onConfirm={() => remove.mutate(rule.id)}
          />
        </div>
      )}
    </li>
  );
}

function describeConditions(conditions: readonly unknown[]): string {
  if (conditions.length === 0) return "Applies to every chat.";
  const parts = conditions.map((c) => {
    const condition = c as {
      type?: string;
      attribute?: string;
      operator?: ConditionOperator;
      value?: unknown;
    };
    if (condition.type !== "attribute" || !condition.operator) return "another condition";
    const value = Array.isArray(condition.value) ? condition.value.join(", ") : String(condition.value ?? "");
    const op = OPERATOR_LABELS[condition.operator] ?? condition.operator;
    return VALUELESS.includes(condition.operator)
      ? `${condition.attribute} ${op}`
      : `${condition.attribute} ${op} “${value}”`;
  });
  return `When ${parts.join(" and ")}.`;
}
