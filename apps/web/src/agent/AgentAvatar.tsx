interface AgentAvatarProps {
  name: string;
  initials: string;
  avatarUrl: string | null;
  size?: "small" | "large";
}

/** An agent's photo, or their initials on a coloured disc when they have none. */
export function AgentAvatar({ name, initials, avatarUrl, size = "small" }: AgentAvatarProps) {
  const className = `agent-avatar agent-avatar-${size}`;
  if (avatarUrl) return <img className={className} src={avatarUrl} alt={`Photo of ${name}`} />;
  return (
    <span className={`${className} avatar`} role="img" aria-label={`${name} (no photo)`}>
      {initials || "?"}
    </span>
  );
}
