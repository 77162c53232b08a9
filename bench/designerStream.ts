/** A readable stream of `count` cards on a grid: messages, questions, captures and goals in a chain. */
export function benchStream(count: number) {
  const cards = Array.from({ length: count }, (_, i) => {
    const id = `c${i}`;
    const next = i + 1 < count ? `c${i + 1}` : null;
    const position = { x: (i % 12) * 300, y: Math.floor(i / 12) * 260 };
    switch (i % 4) {
      case 0:
        return { id, type: "message", text: `Hello, this is message ${i} of the tour.`, next, position };
      case 1:
        return {
          id,
          type: "question",
          text: `Question ${i}: what brings you here?`,
          answers: [
            { id: `${id}a`, label: "Pricing", value: "pricing", next },
            { id: `${id}b`, label: "Support", value: "support", next },
          ],
          next,
          position,
        };
      case 2:
        return {
          id,
          type: "capture",
          text: `Your email, please (${i})`,
          kind: "email",
          field: "person.email",
          next,
          position,
        };
      default:
        return { id, type: "goal", goal: `Step ${i} reached`, next, position };
    }
  });
  return { schemaVersion: 1, startCardId: "c0", cards };
}
