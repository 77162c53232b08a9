import net from "node:net";

/** Why an address may not be called on a user's behalf. */
export type ForbiddenReason =
  | "unspecified"
  | "loopback"
  | "private"
  | "link-local"
  | "shared (CGNAT)"
  | "metadata"
  | "multicast or reserved";

// Order matters: the first list that holds an address names it (metadata before link-local).
const RANGES: [ForbiddenReason, [string, number, "ipv4" | "ipv6"][]][] = [
  [
    "metadata",
    [
      ["169.254.169.254", 32, "ipv4"],
      ["fd00:ec2::254", 128, "ipv6"],
    ],
  ],
  [
    "unspecified",
    [
      ["0.0.0.0", 8, "ipv4"],
      ["::", 128, "ipv6"],
    ],
  ],
  [
    "loopback",
    [
      ["127.0.0.0", 8, "ipv4"],
      ["::1", 128, "ipv6"],
    ],
  ],
  [
    "private",
    [
      ["10.0.0.0", 8, "ipv4"],
      ["172.16.0.0", 12, "ipv4"],
      ["192.168.0.0", 16, "ipv4"],
      ["fc00::", 7, "ipv6"],
    ],
  ],
  [
    "link-local",
    [
      ["169.254.0.0", 16, "ipv4"],
      ["fe80::", 10, "ipv6"],
    ],
  ],
  ["shared (CGNAT)", [["100.64.0.0", 10, "ipv4"]]],
  [
    "multicast or reserved",
    [
      ["224.0.0.0", 3, "ipv4"],
      ["ff00::", 8, "ipv6"],
    ],
  ],
];

// net.BlockList also matches the IPv4-mapped IPv6 forms (::ffff:127.0.0.1, ::ffff:7f00:1) of IPv4 rules.
const LISTS = RANGES.map(([reason, subnets]) => {
  const list = new net.BlockList();
  for (const [address, prefix, family] of subnets) list.addSubnet(address, prefix, family);
  return [reason, list] as const;
});

/**
 * Classifies an IP address (v4 or v6, without brackets): the reason it must not be called, or null
 * for a public address. Anything that is not an IP address is refused as "unspecified".
 */
export function classifyAddress(address: string): ForbiddenReason | null {
  const family = net.isIP(address);
  if (family === 0) return "unspecified";
  const type = family === 4 ? "ipv4" : "ipv6";
  for (const [reason, list] of LISTS) if (list.check(address, type)) return reason;
  return null;
}
