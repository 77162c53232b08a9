import type { Card } from "../card";
import { describeCard } from "../card";
import { cardTargets } from "../cardEdges";
import { waitsForVisitor } from "../waitsForVisitor";
import type { Problem } from "./problem";

/** Strongly connected components (Tarjan, iterative so a long chain cannot overflow the stack). */
function components(nodes: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = edges.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        result.push(component);
      }
    }
  }
  return result;
}

/**
 * Loops made only of cards that never wait for the visitor (messages, actions, branches …)
 * would spin forever without anyone typing: each one found is a problem on its first card.
 */
export function loopProblems(cards: readonly Card[]): Problem[] {
  const passThrough = new Map(cards.filter((c) => !waitsForVisitor(c)).map((c) => [c.id, c]));
  const edges = new Map<string, string[]>();
  for (const card of passThrough.values()) {
    edges.set(
      card.id,
      cardTargets(card).filter((t) => passThrough.has(t)),
    );
  }
  const problems: Problem[] = [];
  for (const component of components([...passThrough.keys()], edges)) {
    const only = component[0]!;
    const isLoop = component.length > 1 || (edges.get(only) ?? []).includes(only);
    if (!isLoop) continue;
    const members = component
      .reverse()
      .map((id) => passThrough.get(id)!)
      .sort((a, b) => cards.indexOf(a) - cards.indexOf(b));
    const first = members[0]!;
    const names = members.map((c) => describeCard(c).replace(/^Card /, "")).join(", ");
    problems.push({
      cardId: first.id,
      code: "loop_without_input",
      message:
        members.length === 1
          ? `${describeCard(first)} leads back to itself without waiting for the visitor`
          : `Cards ${names} form a loop that never waits for the visitor`,
    });
  }
  return problems;
}
