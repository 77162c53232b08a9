import type { ReactNode } from "react";

interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  /** Heading level: 1 when the empty state is the whole page. */
  level?: 1 | 2;
}

/** A calm, centred message for "nothing here (yet)". */
export function EmptyState({ title, children, level = 2 }: EmptyStateProps) {
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <div className="empty-state">
      <Heading className="empty-state-title">{title}</Heading>
      {children}
    </div>
  );
}
