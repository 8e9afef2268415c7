/** What a number setting or cell must be: at least `min`, whole when asked, and what it is called. */
export interface NumberRule {
  readonly min: number;
  readonly whole?: boolean;
  /** What the number is, for messages: "a population aged 0–17". */
  readonly what: string;
}

/** The child population, wherever it is given: the settings sheet or a Population row. */
export const POPULATION_RULE: NumberRule = { min: 1, whole: true, what: "a population aged 0–17" };

/**
 * Whether a number keeps to its rule.
 * @example meetsRule(0.5, POPULATION_RULE) // false
 * @example meetsRule(42100, POPULATION_RULE) // true
 */
export function meetsRule(value: number, rule: NumberRule): boolean {
  return value >= rule.min && (rule.whole !== true || Number.isInteger(value));
}

/**
 * The rule in words, for a message saying what to write.
 * @example ruleText(POPULATION_RULE) // "a population aged 0–17: a whole number of at least 1"
 */
export function ruleText(rule: NumberRule): string {
  return `${rule.what}: ${rule.whole === true ? "a whole number" : "a number"} of at least ${rule.min}`;
}
