import { expect, test } from "vitest";
import { blockProblems, mergeBlocks } from "./scheduleBlocks";

const block = (key: string, day: number, start: string, end: string) => ({ key, day, start, end });

test("a block must end after it starts, said at its end field", () => {
  expect(blockProblems([block("a", 1, "09:00", "17:00")])).toEqual({});
  expect(blockProblems([block("a", 1, "17:00", "09:00"), block("b", 2, "10:00", "10:00")])).toEqual({
    a: { field: "end", message: "Must end after it starts" },
    b: { field: "end", message: "Must end after it starts" },
  });
});

test("times must read like 09:30; 24:00 may end a day but not start one", () => {
  expect(blockProblems([block("a", 1, "9:00", "17:00")])).toEqual({
    a: { field: "start", message: "Must be a time such as 09:30" },
  });
  expect(blockProblems([block("a", 1, "09:00", "")])).toEqual({
    a: { field: "end", message: "Must be a time such as 17:00" },
  });
  expect(blockProblems([block("a", 7, "18:00", "24:00")])).toEqual({});
  expect(blockProblems([block("a", 7, "24:00", "24:00")]).a?.field).toBe("end");
});

test("overlapping and touching blocks of one day join; other days stay apart; the result is sorted", () => {
  expect(
    mergeBlocks([
      block("c", 2, "09:00", "12:00"),
      block("a", 1, "13:00", "17:00"),
      block("b", 1, "09:00", "12:00"),
      block("d", 1, "11:00", "13:00"),
      block("e", 2, "12:00", "14:00"),
      block("f", 2, "15:00", "16:00"),
      block("g", 2, "15:30", "15:45"),
    ]),
  ).toEqual([
    { day: 1, start: "09:00", end: "17:00" },
    { day: 2, start: "09:00", end: "14:00" },
    { day: 2, start: "15:00", end: "16:00" },
  ]);
});
