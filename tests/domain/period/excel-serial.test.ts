import fc from "fast-check";
import { civilDate, partsOf, type CivilDate } from "../../../src/domain/calendar/civil-date";
import {
  civilDateToExcelSerial,
  excelSerialToCivilDate,
  excelSerialToParts,
  EXCEL_SERIAL_MAX,
} from "../../../src/domain/period/excel-serial";

describe("Excel 1900-system serials", () => {
  it("reads the serials the seeds' month headers hold", () => {
    expect(excelSerialToCivilDate(42095)).toEqual({ ok: true, value: civilDate(2015, 4, 1) });
    expect(excelSerialToCivilDate(25569)).toEqual({ ok: true, value: civilDate(1970, 1, 1) });
    expect(excelSerialToCivilDate(EXCEL_SERIAL_MAX)).toEqual({
      ok: true,
      value: civilDate(9999, 12, 31),
    });
  });

  it("keeps Excel's leap-year bug: serial 1 is 1 January 1900, 60 the fictitious 29 February, 61 is 1 March", () => {
    expect(excelSerialToParts(1)).toEqual({ ok: true, value: { year: 1900, month: 1, day: 1 } });
    expect(excelSerialToParts(59)).toEqual({ ok: true, value: { year: 1900, month: 2, day: 28 } });
    expect(excelSerialToParts(60)).toEqual({ ok: true, value: { year: 1900, month: 2, day: 29 } });
    expect(excelSerialToParts(61)).toEqual({ ok: true, value: { year: 1900, month: 3, day: 1 } });
    expect(excelSerialToCivilDate(59)).toEqual({ ok: true, value: civilDate(1900, 2, 28) });
    expect(excelSerialToCivilDate(61)).toEqual({ ok: true, value: civilDate(1900, 3, 1) });
  });

  it("refuses to turn the fictitious 29 February 1900 into a real day", () => {
    const result = excelSerialToCivilDate(60);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("INVALID_INPUT");
      expect(result.error.detail).toContain("29 February 1900");
    }
  });

  it("takes the day of a serial that carries a time", () => {
    expect(excelSerialToCivilDate(42095.75)).toEqual({ ok: true, value: civilDate(2015, 4, 1) });
    expect(excelSerialToCivilDate(42095.999999)).toEqual({
      ok: true,
      value: civilDate(2015, 4, 1),
    });
  });

  it("refuses serials outside Excel's range and numbers that are not serials", () => {
    for (const bad of [0, 0.5, -1, EXCEL_SERIAL_MAX + 1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = excelSerialToCivilDate(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe("INVALID_INPUT");
    }
  });

  it("writes the serial Excel shows for a date, skipping the fictitious day", () => {
    expect(civilDateToExcelSerial(civilDate(2015, 4, 1))).toEqual({ ok: true, value: 42095 });
    expect(civilDateToExcelSerial(civilDate(1900, 1, 1))).toEqual({ ok: true, value: 1 });
    expect(civilDateToExcelSerial(civilDate(1900, 2, 28))).toEqual({ ok: true, value: 59 });
    expect(civilDateToExcelSerial(civilDate(1900, 3, 1))).toEqual({ ok: true, value: 61 });
    expect(civilDateToExcelSerial(civilDate(1899, 12, 31)).ok).toBe(false);
    expect(civilDateToExcelSerial(civilDate(10000, 1, 1)).ok).toBe(false);
  });

  it("round-trips every real date in Excel's range", () => {
    const first = civilDate(1900, 1, 1);
    const last = civilDate(9999, 12, 31);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (n) => {
        const serial = civilDateToExcelSerial(n as CivilDate);
        expect(serial.ok).toBe(true);
        if (serial.ok) {
          expect(excelSerialToCivilDate(serial.value)).toEqual({ ok: true, value: n });
          expect(excelSerialToParts(serial.value)).toEqual({
            ok: true,
            value: partsOf(n as CivilDate),
          });
        }
      })
    );
  });
});
