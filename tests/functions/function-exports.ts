/** Excel function id → the export of src/functions/functions.ts that implements it. */
const FUNCTION_EXPORTS: Record<string, string> = {
  RATEPER10K: "ratePer10k",
  ROLLINGRATE: "rollingRate",
  PROPORTION: "proportion",
  YTD: "ytd",
  YTDPROPORTION: "ytdProportion",
  FORECAST: "forecast",
  REREFERRALRATE: "rereferralRate",
  REREFERRALS: "rereferrals",
  REPEATPLANRATE: "repeatPlanRate",
  WORKINGDAYS: "workingDays",
  TIMELINESS: "timeliness",
  VARIANCE: "variance",
  RAG: "rag",
  DOT: "dot",
  FINYEAR: "finYear",
  SUPPRESS: "suppress",
  INDICATOR: "indicator",
  INDICATORS: "indicators",
  BENCHMARK: "benchmark",
  SNAVERAGE: "snAverage",
};
export default FUNCTION_EXPORTS;
