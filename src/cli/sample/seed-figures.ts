/**
 * Figures copied from the published committee reports (the seeds), with where each comes from.
 * The sample authority is fictional; these give its front door the texture of a real one.
 */

/** Peterborough City Council, Service Director Report: Children & Safeguarding, Creating
 * Opportunities and Tackling Inequalities Scrutiny Committee, 20 July 2015 (the table after 4.5). */
export const PETERBOROUGH_REPORT =
  "Peterborough City Council, Service Director Report: Children & Safeguarding (scrutiny committee, 20 July 2015)";

/** Jun-13 to May-15, as that table prints them: referrals, contacts, % Mnth and % YTD. */
export const PETERBOROUGH_FRONT_DOOR: ReadonlyArray<
  readonly [refs: number, contacts: number, percentMonth: number, percentYtd: number]
> = [
  [213, 762, 28.0, 32.2],
  [223, 894, 24.9, 29.5],
  [184, 796, 23.1, 27.9],
  [134, 817, 16.4, 25.5],
  [284, 900, 31.6, 26.6],
  [210, 783, 26.8, 26.7],
  [226, 750, 30.1, 27.1],
  [213, 825, 25.8, 26.9],
  [217, 750, 28.9, 27.1],
  [249, 947, 26.3, 27.0],
  [221, 831, 26.6, 26.6],
  // The report's own typo: 280 of 767 is 36.5%, not 33.9% (and so its % YTD, 30.1%, is off too).
  [280, 767, 33.9, 30.1],
  [210, 928, 22.6, 27.4],
  [194, 913, 21.2, 25.8],
  [140, 728, 19.2, 24.6],
  [254, 927, 27.4, 25.1],
  [201, 872, 23.1, 24.8],
  [236, 847, 27.9, 25.2],
  [237, 805, 29.4, 25.6],
  [213, 820, 26.0, 25.7],
  [269, 868, 31.0, 26.2],
  [302, 972, 31.1, 26.6],
  [319, 817, 39.0, 39.2],
  [416, 857, 48.5, 43.9],
];

/** Month-end and year figures the same report gives (paragraphs 4.16, 4.22, 4.33, 4.35, 4.39). */
export const PETERBOROUGH_LEVELS = {
  /** Children on a child protection plan at the end of May 2015. */
  cppMay15: 215,
  /** "Some 350" children looked after at the end of May 2015. */
  lacMay15: 350,
  /** Children adopted in 2014/15, and in 2013/14. */
  adoptions201415: 32,
  adoptions201314: 27,
  /** Agency social workers covering posts at the end of June 2015. */
  agencyFte: 26,
  /** The average caseload at the end of May 2015, and the cases open then. */
  caseloadMay15: 21.8,
  casesMay15: 1901,
} as const;
