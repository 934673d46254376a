// Strings the analyzer keeps, and the memory they hold on to.

/**
 * A copy of a string that no longer points into the string it was cut from. V8 keeps substrings
 * of 13 characters or more as slices of their parent: one kept event would pin a whole megabyte
 * chunk of input, one kept value a whole line. Only applied to what the analyzer keeps.
 */
export function own(s: string): string {
  // Concatenation makes a rope; slicing it flattens the rope into a fresh string first, so the
  // result points into that copy (one string of s.length + 1), not into the parent. Several times
  // cheaper than a JSON round trip; src/core/analyzer.test.ts checks that the chunk is released.
  return s.length < 13 ? s : (' ' + s).slice(1);
}
