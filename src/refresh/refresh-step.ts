/** The steps of a refresh, in order, as a progress bar or a terminal names them. */
export const REFRESH_STEPS = ["reading", "checking", "calculating", "writing"] as const;

export type RefreshStep = (typeof REFRESH_STEPS)[number];

/** Told of each step as it starts; a host that shows no progress passes nothing. */
export type StepListener = (step: RefreshStep) => void;
