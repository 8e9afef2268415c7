import { paneThemeName } from "../../../src/taskpane/theme/pane-theme";

describe("the pane's theme follows Office's", () => {
  it("is light on Office's white and colourful themes", () => {
    expect(paneThemeName({ bodyBackgroundColor: "#FFFFFF" }, false)).toBe("light");
    expect(paneThemeName({ bodyBackgroundColor: "#E6E6E6" }, false)).toBe("light");
    expect(paneThemeName(undefined, false)).toBe("light");
  });
  it("is dark on Office's black and dark grey themes", () => {
    expect(paneThemeName({ bodyBackgroundColor: "#262626" }, false)).toBe("dark");
    expect(paneThemeName({ bodyBackgroundColor: "#000000" }, false)).toBe("dark");
  });
  it("is high contrast whenever the system forces its colours", () => {
    expect(paneThemeName({ bodyBackgroundColor: "#FFFFFF" }, true)).toBe("high contrast");
  });
});
