/**
 * Takes the analyst to a cell: activates its sheet and selects it, in one sync.
 */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  cell: string
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}
