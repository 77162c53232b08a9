import type { Stream } from "@parley/flow/stream";
import type { Problem } from "@parley/flow/validation/problem";
import { validateStream } from "@parley/flow/validateStream";
import { useEffect, useMemo, useRef, useState } from "react";
import { problemsByCard } from "./problemsByCard";

/** Validation waits this long after the last edit, so typing and dragging stay smooth. */
const VALIDATE_DELAY_MS = 250;

export interface StreamProblems {
  list: readonly Problem[];
  /** Messages by card, for the badges on the cards (the same array object while unchanged). */
  byCard: ReadonlyMap<string, readonly string[]>;
}

/** The draft's problems (packages/flow validateStream, as the server checks on publish), debounced. */
export function useStreamProblems(stream: Stream): StreamProblems {
  const [list, setList] = useState<readonly Problem[]>(() => validateStream(stream));
  useEffect(() => {
    const timer = window.setTimeout(() => setList(validateStream(stream)), VALIDATE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [stream]);
  const previous = useRef<ReadonlyMap<string, readonly string[]>>(new Map());
  const byCard = useMemo(() => problemsByCard(list, previous.current), [list]);
  useEffect(() => {
    previous.current = byCard;
  }, [byCard]);
  return { list, byCard };
}
