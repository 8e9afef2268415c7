import { headerText, refreshedLabel } from "../../src/plan/refreshed-label";

describe("refreshedLabel", () => {
  it("shows a UTC timestamp as a committee reads it", () => {
    expect(refreshedLabel("2025-11-25T16:52:07Z")).toBe("25 Nov 2025 16:52 UTC");
  });

  it("keeps the clock time as given and names its offset, whatever the machine's zone", () => {
    expect(refreshedLabel("2025-06-02T09:05:00+01:00")).toBe("2 Jun 2025 09:05 (UTC+01:00)");
    expect(refreshedLabel("2025-06-02T09:05:00+0100")).toBe("2 Jun 2025 09:05 (UTC+01:00)");
  });

  it("shows a date alone, and leaves text that is not a timestamp as it is", () => {
    expect(refreshedLabel("2016-01-12")).toBe("12 Jan 2016");
    expect(refreshedLabel("after the January board")).toBe("after the January board");
  });
});

describe("headerText", () => {
  it("doubles ampersands, which start codes in Excel headers", () => {
    expect(headerText("Brighton & Hove")).toBe("Brighton && Hove");
  });
});
