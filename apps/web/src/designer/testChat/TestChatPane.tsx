import type { Stream } from "@parley/flow/stream";
import type { Dispatch } from "react";
import { Tab, TabList, TabPanel, Tabs } from "react-aria-components";
import { useSelectedSite } from "../../shell/SelectedSiteContext";
import { Button } from "../../ui/Button";
import { SelectField } from "../../ui/SelectField";
import type { DesignerAction } from "../state/designerAction";
import { cardLabel } from "./cardLabel";
import { TestComposer } from "./TestComposer";
import { TestPathPanel } from "./TestPathPanel";
import { TestSettings } from "./TestSettings";
import { TestTranscript } from "./TestTranscript";
import { useTestChat } from "./useTestChat";
import "./testChat.css";

export interface TestChatPaneProps {
  siteId: string;
  /** The current draft: the test chat runs exactly this. */
  stream: Stream;
  /** Reports the current card and the path taken (`testChat` action) for the canvas to highlight. */
  dispatch: Dispatch<DesignerAction>;
  /** Select and show a card on the canvas. */
  onJumpToCard: (cardId: string) => void;
  onClose: () => void;
}

/** The select's value for "the stream's own start" (SelectField shows "" as nothing chosen). */
const FROM_START = "(start)";

/**
 * The test chat beside the canvas: runs the draft as a visitor would meet it (packages/flow's driver
 * with a simulated host), with the test visitor's attributes, the path taken and what would have
 * happened. Logic lives in the .ts files beside it; this only lays it out.
 */
export function TestChatPane({ siteId, stream, dispatch, onJumpToCard, onClose }: TestChatPaneProps) {
  const test = useTestChat(siteId, stream, dispatch);
  const { site } = useSelectedSite();
  const run = test.run;
  const startOptions = [
    { value: FROM_START, label: "The start of the dialogue" },
    ...stream.cards.map((card) => ({ value: card.id, label: cardLabel(stream, card.id) })),
  ];
  const waitingAt = run?.state.main.waiting?.cardId;

  return (
    <div className="tc-pane">
      <header className="tc-header">
        <h2>Test chat</h2>
        <Button onPress={test.restart}>Restart</Button>
        <Button onPress={onClose} aria-label="Close the test chat">
          Close
        </Button>
      </header>
      <SelectField
        className="tc-start"
        label="Start at"
        value={test.attributes.startCardId ?? FROM_START}
        options={startOptions}
        onChange={(value) =>
          test.changeAttributes({ ...test.attributes, startCardId: value === FROM_START ? null : value })
        }
      />
      {test.stale && (
        <p className="tc-notice" role="status">
          The draft changed since this test started.{" "}
          <button type="button" className="tc-link" onClick={test.restart}>
            Restart
          </button>{" "}
          to test the changes.
        </p>
      )}
      {test.problems.length > 0 && (
        <ul className="tc-problems" aria-label="Test settings to check">
          {test.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {test.libraryError && (
        <p className="tc-notice">
          The site's answer library or segments could not be read: the test runs without them.
        </p>
      )}
      <Tabs className="tc-tabs">
        <TabList className="tc-tablist" aria-label="Test chat">
          <Tab id="chat" className="tc-tab">
            Chat
          </Tab>
          <Tab id="path" className="tc-tab">
            Path and effects
          </Tab>
          <Tab id="settings" className="tc-tab">
            Test visitor
          </Tab>
        </TabList>
        <TabPanel id="chat" className="tc-panel tc-chat">
          {test.failure ? (
            <p className="tc-notice tc-error" role="alert">
              The test stopped: {test.failure}
            </p>
          ) : !run ? (
            <p className="loading" role="status">
              Starting the test…
            </p>
          ) : (
            <>
              <TestTranscript
                transcript={run.transcript}
                privacyUrl={site?.id === siteId ? site.privacyUrl : null}
              />
              {run.prompt ? (
                <TestComposer
                  key={run.transcript.length}
                  prompt={run.prompt}
                  stream={test.tested}
                  now={test.now}
                  timeZone={test.attributes.timeZone}
                  onReply={test.reply}
                />
              ) : (
                <p className="tc-status" role="status">
                  {run.ended
                    ? run.state.main.status === "failed"
                      ? "The test stopped: the dialogue is broken here (see the problems list)."
                      : "The conversation ended."
                    : waitingAt
                      ? `Waiting at ${cardLabel(stream, waitingAt)}.`
                      : "Waiting."}
                </p>
              )}
            </>
          )}
        </TabPanel>
        <TabPanel id="path" className="tc-panel">
          <TestPathPanel
            stream={stream}
            path={run?.path ?? []}
            log={run?.log ?? []}
            onJumpToCard={onJumpToCard}
          />
        </TabPanel>
        <TabPanel id="settings" className="tc-panel">
          <TestSettings
            attributes={test.attributes}
            onChange={test.changeAttributes}
            answerCount={test.answerCount}
          />
        </TabPanel>
      </Tabs>
    </div>
  );
}
