import { describe, expect, it } from "vitest";
import { classifyAddress } from "./classifyAddress";

describe("which addresses outbound calls refuse", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["::1", "loopback"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["fc00::1", "private"],
    ["fd12:3456::1", "private"],
    ["169.254.1.1", "link-local"],
    ["fe80::1", "link-local"],
    ["100.64.0.1", "shared (CGNAT)"],
    ["100.127.255.254", "shared (CGNAT)"],
    ["169.254.169.254", "metadata"],
    ["fd00:ec2::254", "metadata"],
    ["224.0.0.1", "multicast or reserved"],
    ["255.255.255.255", "multicast or reserved"],
    ["ff02::1", "multicast or reserved"],
    // IPv4-mapped IPv6, in both spellings.
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:169.254.169.254", "metadata"],
    ["::ffff:a9fe:a9fe", "metadata"],
    ["not an address", "unspecified"],
  ])("%s is %s", (address, reason) => {
    expect(classifyAddress(address)).toBe(reason);
  });

  it.each(["8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])(
    "%s is public",
    (address) => {
      expect(classifyAddress(address)).toBeNull();
    },
  );
});
