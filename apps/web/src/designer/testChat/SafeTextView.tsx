import { textRuns, type TextRun } from "@parley/flow/render/textRuns";
import type { SafeText } from "@parley/flow/text/safeText";
import type { ReactNode } from "react";

function runNode(run: NonNullable<TextRun>): ReactNode {
  let node: ReactNode = run.text;
  if (run.italic) node = <em>{node}</em>;
  if (run.bold) node = <strong>{node}</strong>;
  if (run.href) {
    node = (
      <a href={run.href} target="_blank" rel="noopener noreferrer">
        {node}
      </a>
    );
  }
  return node;
}

/**
 * SafeText as React text nodes, <strong>, <em>, <br> and links — the widget's rules
 * (packages/flow/src/render/textRuns.ts), never markup.
 */
export function SafeTextView({ text }: { text: SafeText | string | null | undefined }) {
  return (
    <>
      {textRuns(text).map((run, index) => (
        // Runs never move: their place is their identity.
        <span key={index}>{run ? runNode(run) : <br />}</span>
      ))}
    </>
  );
}
