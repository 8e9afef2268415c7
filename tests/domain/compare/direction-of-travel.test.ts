import { directionOfTravel } from "../../../src/domain/compare/direction-of-travel";

describe("directionOfTravel", () => {
  it("reads a fall as improving for a lower-is-better indicator", () => {
    expect(directionOfTravel(22.1, 24.0, "lower")).toBe("Improving");
    expect(directionOfTravel(22.1, 24.0, "higher")).toBe("Worsening");
  });

  it("treats a move within the threshold as no change", () => {
    expect(directionOfTravel(22.3, 22.0, "lower", 0.5)).toBe("No change");
    expect(directionOfTravel(22.6, 22.0, "lower", 0.5)).toBe("Worsening");
    expect(directionOfTravel(5, 5, "higher")).toBe("No change");
  });

  it("reads a range indicator by movement towards its band", () => {
    const band = { low: 10, high: 15 };
    expect(directionOfTravel(16, 19, "range", 0, band)).toBe("Improving");
    expect(directionOfTravel(12, 14, "range", 0, band)).toBe("No change");
    expect(directionOfTravel(8, 11, "range", 0, band)).toBe("Worsening");
    expect(directionOfTravel(8, 11, "range")).toBe("Not comparable");
  });

  it("does not compare context indicators or missing values", () => {
    expect(directionOfTravel(70, 69, "context")).toBe("Not comparable");
    expect(directionOfTravel(null, 69, "lower")).toBe("Not comparable");
    expect(directionOfTravel(70, null, "lower")).toBe("Not comparable");
  });
});
