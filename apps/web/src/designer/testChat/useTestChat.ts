import type { ConditionGroup } from "@parley/flow/conditions/condition";
import { ConditionGroup as ConditionGroupSchema } from "@parley/flow/conditions/condition";
import type { Stream } from "@parley/flow/stream";
import type { Answer } from "@parley/protocol/library";
import { useQuery } from "@tanstack/react-query";
import { type Dispatch, useCallback, useEffect, useMemo, useState } from "react";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import type { DesignerAction } from "../state/designerAction";
import { draftChanged } from "./draftChanged";
import { defaultTestAttributes, hostOptions, type SiteLibrary, type TestAttributes } from "./testAttributes";
import { canvasHighlight, playTestChat, type TestChatRun, type TestReply } from "./testChatRun";

/** What a test reads of a saved segment (protocol `Segment`). */
interface SavedSegment {
  id: string;
  conditions: unknown;
}

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The test chat's state: the attributes, the visitor's replies so far, and the run they give (replayed
 * from the start through the driver whenever they change). Reports the run to the canvas.
 */
export function useTestChat(siteId: string, stream: Stream, dispatch: Dispatch<DesignerAction>) {
  const [openedAt] = useState(() => new Date());
  const [attributes, setAttributes] = useState<TestAttributes>(() =>
    defaultTestAttributes(openedAt, browserZone()),
  );
  const [replies, setReplies] = useState<readonly TestReply[]>([]);
  // The draft as it was when this test (re)started: edits made meanwhile wait for Restart.
  const [tested, setTested] = useState(stream);
  const [run, setRun] = useState<TestChatRun | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const answers = useQuery({
    queryKey: queryKeys.site(siteId).answers,
    queryFn: () => apiRequest<Answer[]>("GET", `/api/sites/${encodeURIComponent(siteId)}/answers`),
  });
  const segments = useQuery({
    queryKey: queryKeys.site(siteId).segments,
    queryFn: () => apiRequest<SavedSegment[]>("GET", `/api/sites/${encodeURIComponent(siteId)}/segments`),
  });
  const library = useMemo<SiteLibrary>(() => {
    const groups: Record<string, ConditionGroup> = {};
    for (const segment of segments.data ?? []) {
      const parsed = ConditionGroupSchema.safeParse(segment.conditions);
      if (parsed.success) groups[segment.id] = parsed.data;
    }
    return { answers: answers.data ?? [], segments: groups };
  }, [answers.data, segments.data]);

  const { options, problems } = useMemo(
    () => hostOptions(tested, attributes, library, openedAt),
    [tested, attributes, library, openedAt],
  );

  useEffect(() => {
    let current = true;
    playTestChat(options, replies).then(
      (next) => {
        if (!current) return;
        setRun(next);
        setFailure(null);
      },
      (error: unknown) => {
        if (current) setFailure(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      current = false;
    };
  }, [options, replies]);

  useEffect(() => {
    dispatch({ type: "testChat", ...canvasHighlight(run) });
  }, [run, dispatch]);
  // Closing the pane clears the canvas's highlight.
  useEffect(() => () => dispatch({ type: "testChat", current: null, path: [] }), [dispatch]);

  const stale = useMemo(() => draftChanged(tested, stream), [tested, stream]);

  const restart = useCallback(() => {
    setTested(stream);
    setReplies([]);
  }, [stream]);
  const changeAttributes = useCallback(
    (next: TestAttributes) => {
      setAttributes(next);
      setTested(stream);
      setReplies([]);
    },
    [stream],
  );
  const reply = useCallback((next: TestReply) => setReplies((previous) => [...previous, next]), []);

  return {
    attributes,
    changeAttributes,
    problems,
    run,
    failure,
    reply,
    restart,
    tested,
    /** The draft changed since the test started. */
    stale,
    now: options.now,
    answerCount: answers.data ? answers.data.length : null,
    libraryError: answers.isError || segments.isError,
  };
}
