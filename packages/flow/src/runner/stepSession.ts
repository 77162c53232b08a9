import type { Card } from "../card";
import type { ConditionContext, FieldValue } from "../conditions/conditionContext";
import { splitFieldPath } from "../fieldPath";
import type { Stream } from "../stream";
import { renderText } from "../text/renderText";
import { resolveTokens } from "../text/resolveTokens";
import type { SafeText } from "../text/safeText";
import type { TokenContext } from "../text/tokenContext";
import type { RunContext } from "./runContext";
import type { RunEffect } from "./runEffect";
import type { RunErrorCode, RunOutput } from "./runOutput";
import type { RunState, Waiting } from "./runState";
import { MAX_PATH } from "./runState";

const isKnown = (value: FieldValue) =>
  value !== undefined &&
  value !== null &&
  !(typeof value === "string" && value.trim() === "") &&
  !(Array.isArray(value) && value.length === 0);

/**
 * The working memory of one step: what has been said and asked for so far, and the state being
 * built. Fields saved during the step are visible to later cards of the same step (a branch
 * after an action, a token after a capture) before the server has committed them.
 */
export class StepSession {
  readonly outputs: RunOutput[] = [];
  readonly effects: RunEffect[] = [];
  readonly visited: string[] = [];
  readonly state: RunState;
  private readonly person: Record<string, FieldValue>;
  private readonly company: Record<string, FieldValue>;
  private readonly cards: ReadonlyMap<string, Card>;
  private splitsChosen = 0;

  constructor(
    readonly stream: Stream,
    state: RunState,
    readonly context: RunContext,
  ) {
    this.state = { ...state, path: [...state.path], splits: { ...state.splits } };
    delete this.state.waiting;
    this.person = { ...context.person };
    this.company = { ...context.company };
    this.cards = new Map(stream.cards.map((card) => [card.id, card]));
  }

  card(id: string): Card | undefined {
    return this.cards.get(id);
  }

  visit(cardId: string): void {
    this.visited.push(cardId);
    this.state.path.push(cardId);
    if (this.state.path.length > MAX_PATH) this.state.path.splice(0, this.state.path.length - MAX_PATH);
  }

  say(output: RunOutput): void {
    this.outputs.push(output);
  }

  effect(effect: RunEffect): void {
    this.effects.push(effect);
  }

  tokens(): TokenContext {
    return {
      person: this.person,
      company: this.company,
      agent: this.context.agent ?? this.state.agent,
      visitor: this.context.visitor,
    };
  }

  conditions(): ConditionContext {
    return { ...this.context, person: this.person, company: this.company };
  }

  render(template: string): SafeText {
    return renderText(template, this.tokens());
  }

  plain(template: string): string {
    return resolveTokens(template, this.tokens());
  }

  fieldValue(field: string): FieldValue {
    const { entity, key } = splitFieldPath(field);
    const record = entity === "person" ? this.person : this.company;
    return Object.hasOwn(record, key) ? record[key] : undefined;
  }

  isFieldKnown(field: string): boolean {
    return isKnown(this.fieldValue(field));
  }

  /** Saves a field (effect + visible to the rest of the step), unless it is known and must not be overwritten. */
  saveField(cardId: string, field: string, value: string | number, overwrite: boolean): void {
    if (!overwrite && this.isFieldKnown(field)) return;
    const { entity, key } = splitFieldPath(field);
    (entity === "person" ? this.person : this.company)[key] = value;
    this.effect({ type: "saveField", cardId, field, value, overwrite });
  }

  /**
   * The random number for a split card. The first split of a step uses the caller's number as
   * is; later ones in the same step get an independent-looking, equally uniform derivative.
   */
  randomFor(cardId: string): number {
    const n = this.splitsChosen++;
    if (n === 0) return this.context.random;
    let x = (Math.floor(this.context.random * 2 ** 32) ^ hash(`${cardId}#${n}`)) >>> 0;
    x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
    return ((x ^ (x >>> 16)) >>> 0) / 2 ** 32;
  }

  waitAt(cardId: string, waiting: Omit<Waiting, "cardId">): void {
    this.state.status = "waiting";
    this.state.waiting = { cardId, ...waiting };
  }

  complete(): void {
    this.state.status = "completed";
    delete this.state.waiting;
    this.say({ type: "completed" });
  }

  fail(code: RunErrorCode): void {
    this.state.status = "failed";
    this.state.error = code;
    delete this.state.waiting;
    this.say({ type: "error", code });
  }
}

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
