import type { Permission } from "@parley/protocol/permissions";

/** Who may read and change another host's availability (everyone may their own). */
export const MANAGE_OTHERS_AVAILABILITY: readonly Permission[] = ["meetings.manage", "agents.manage"];

/** The route policy: a host for themself, or a manager. */
export const AVAILABILITY_POLICY: readonly Permission[] = [
  "availability.manage_own",
  ...MANAGE_OTHERS_AVAILABILITY,
];
