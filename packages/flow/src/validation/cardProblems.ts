import type { Card } from "../card";
import { describeCard } from "../card";
import type { Routing } from "../cards/routing";
import { conditionProblems } from "../conditions/conditionProblems";
import { isHttpsUrl, isWebUrl } from "../safeHref";
import type { Problem, ProblemCode } from "./problem";

function routingProblem(routing: Routing): string | null {
  switch (routing.strategy) {
    case "specific_agent":
      return routing.agentId ? null : "routes to a specific agent but no agent is chosen";
    case "team":
      return routing.teamId ? null : "routes to a team but no team is chosen";
    case "custom_rules":
      return routing.ruleIds && routing.ruleIds.length > 0
        ? null
        : "routes by custom rules but no rule is chosen";
    case "round_robin":
    case "account_owner":
      return null;
  }
}

const blank = (text: string | undefined) => text === undefined || text.trim() === "";

/** What a single card is missing or has wrong, apart from its edges. */
export function cardProblems(card: Card): Problem[] {
  const problems: Problem[] = [];
  const add = (code: ProblemCode, what: string, separator = " ") =>
    problems.push({ cardId: card.id, code, message: `${describeCard(card)}${separator}${what}` });

  switch (card.type) {
    case "message":
      if (blank(card.text) && !card.image) add("empty_text", "has no text");
      if (card.image && !isWebUrl(card.image.url))
        add("invalid_url", "shows an image without a valid http(s) URL");
      break;
    case "question": {
      if (blank(card.text)) add("empty_text", "has no question text");
      if (card.answers.length === 0 && !card.allowFreeText) {
        add("question_without_answers", "has no answers: add at least one button or allow free text");
      }
      const values = new Set<string>();
      for (const answer of card.answers) {
        if (blank(answer.label)) add("empty_text", "has a button without a label");
        if (values.has(answer.value))
          add("duplicate_answer_value", `has two buttons that store "${answer.value}"`);
        values.add(answer.value);
      }
      break;
    }
    case "capture":
      if (blank(card.text)) add("empty_text", "has no question text");
      if (card.kind === "picklist" && (card.options ?? []).filter((o) => !blank(o)).length === 0) {
        add("picklist_without_options", "is a picklist without options");
      }
      if (!card.field) add("missing_field", "has no field to save the answer to");
      break;
    case "meeting":
    case "liveChat": {
      const problem = routingProblem(card.routing);
      if (problem) add("routing_incomplete", problem);
      break;
    }
    case "goal":
      if (blank(card.goal)) add("goal_without_name", "has no goal name");
      break;
    case "action":
      if (!card.field) add("missing_field", "has no field to set");
      break;
    case "branch":
      card.branches.forEach((branch, i) => {
        for (const problem of conditionProblems(branch.conditions)) {
          add("invalid_condition", `branch "${branch.name || i + 1}": ${problem}`, ", ");
        }
      });
      break;
    case "flow":
      if (blank(card.flowId)) add("flow_without_id", "has no flow chosen");
      break;
    case "content":
      if (blank(card.title)) add("empty_text", "has no title");
      if (!isWebUrl(card.url)) add("invalid_url", "must link to an http(s) URL");
      break;
    case "consent":
      if (blank(card.text)) add("empty_text", "has no consent text");
      if (card.privacyUrl !== undefined && !isWebUrl(card.privacyUrl)) {
        add("invalid_url", "links to a privacy policy that is not an http(s) URL");
      }
      break;
    case "webhook":
      if (!isHttpsUrl(card.url)) add("webhook_url_not_https", "must call an https:// URL");
      break;
    case "split":
      if (card.branches.length < 2) add("split_needs_branches", "needs at least two branches");
      card.branches.forEach((branch, i) => {
        if (!Number.isInteger(branch.weight) || branch.weight <= 0) {
          add(
            "invalid_split_weight",
            `branch "${branch.name || i + 1}" needs a weight that is a whole number above 0`,
          );
        }
      });
      break;
    case "answer":
      if (blank(card.text)) add("empty_text", "has no prompt text");
      break;
  }
  return problems;
}
