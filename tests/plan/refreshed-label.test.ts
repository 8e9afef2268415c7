import { headerText, refreshedLabel } from "../../src/plan/refreshed-label";

describe("refreshedLabel", () => {
  it("shows a winter instant in GMT, as the clocks read in the UK", () => {
    expect(refreshedLabel("2016-01-12T09:30:00Z")).toBe("12 Jan 2016 09:30 GMT");
    expect(refreshedLabel("2025-11-25T16:52:07Z")).toBe("25 Nov 2025 16:52 GMT");
  });

  it("shows a summer instant in BST, an hour on from UTC", () => {
    expect(refreshedLabel("2015-06-02T09:05:00Z")).toBe("2 Jun 2015 10:05 BST");
    expect(refreshedLabel("2015-06-02T23:30:00Z")).toBe("3 Jun 2015 00:30 BST");
  });

  it("turns an instant given with another offset to UK time", () => {
    expect(refreshedLabel("2025-06-02T09:05:00+02:00")).toBe("2 Jun 2025 08:05 BST");
    expect(refreshedLabel("2025-01-02T09:05:00-0500")).toBe("2 Jan 2025 14:05 GMT");
  });

  it("follows the clocks on the days they change, last Sundays of March and October", () => {
    // 29 March 2015: at 01:00 GMT the clocks go forward to 02:00 BST.
    expect(refreshedLabel("2015-03-29T00:59:00Z")).toBe("29 Mar 2015 00:59 GMT");
    expect(refreshedLabel("2015-03-29T01:00:00Z")).toBe("29 Mar 2015 02:00 BST");
    // 25 October 2015: at 02:00 BST they go back to 01:00 GMT, so 01:30 happens twice.
    expect(refreshedLabel("2015-10-25T00:30:00Z")).toBe("25 Oct 2015 01:30 BST");
    expect(refreshedLabel("2015-10-25T01:30:00Z")).toBe("25 Oct 2015 01:30 GMT");
  });

  it("never reads the machine's own zone, so the label is the same wherever it runs", () => {
    const local = [
      "getHours",
      "getMinutes",
      "getDate",
      "getMonth",
      "getFullYear",
      "getDay",
      "getTimezoneOffset",
    ] as const;
    const spies = local.map((name) =>
      jest.spyOn(Date.prototype, name).mockImplementation(() => {
        throw new Error(`read the machine's zone through Date.prototype.${name}`);
      })
    );
    try {
      expect(refreshedLabel("2015-07-01T12:00:00.123Z")).toBe("1 Jul 2015 13:00 BST");
      expect(refreshedLabel("2015-12-01T12:00:00Z")).toBe("1 Dec 2015 12:00 GMT");
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it("shows a time without a zone as given, a date alone, and text that is not a timestamp as it is", () => {
    expect(refreshedLabel("2016-01-12T09:30")).toBe("12 Jan 2016 09:30");
    expect(refreshedLabel("2016-01-12")).toBe("12 Jan 2016");
    expect(refreshedLabel("after the January board")).toBe("after the January board");
  });
});

describe("headerText", () => {
  it("doubles ampersands, which start codes in Excel headers", () => {
    expect(headerText("Brighton & Hove")).toBe("Brighton && Hove");
  });
});
