import type { Card } from "@parley/flow/card";
import type { Problem } from "@parley/flow/validation/problem";
import { useState } from "react";
import { CARD_LOOKS } from "./cardLook";

interface ProblemsListProps {
  problems: readonly Problem[];
  cards: readonly Card[];
  onShowCard(cardId: string): void;
}

/** Every reason the draft cannot be published; a click selects and centres the card it is about. */
export function ProblemsList({ problems, cards, onShowCard }: ProblemsListProps) {
  const [open, setOpen] = useState(true);
  const byId = new Map(cards.map((c) => [c.id, c]));
  if (problems.length === 0) {
    return (
      <section className="designer-problems is-clear" aria-label="Problems">
        <p>No problems: this draft can be published.</p>
      </section>
    );
  }
  return (
    <section className="designer-problems" aria-label="Problems">
      <button
        type="button"
        className="designer-problems-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {problems.length} {problems.length === 1 ? "problem" : "problems"} to fix before publishing
      </button>
      {open && (
        <ul>
          {problems.map((problem, i) => {
            const card = problem.cardId ? byId.get(problem.cardId) : undefined;
            return (
              <li key={`${problem.code}-${problem.cardId ?? ""}-${i}`}>
                {card ? (
                  <button type="button" className="link-button" onClick={() => onShowCard(card.id)}>
                    <span aria-hidden="true">{CARD_LOOKS[card.type].glyph} </span>
                    {problem.message}
                  </button>
                ) : (
                  <span>{problem.message}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
