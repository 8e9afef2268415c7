/**
 * The text with its first letter in upper case, for sentences built from parts.
 * @example capitalise("referral 3: the date is blank") // "Referral 3: the date is blank"
 */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
