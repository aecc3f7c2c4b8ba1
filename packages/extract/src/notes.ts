import type { ExtractionNote } from "@newsgraph/schema";
import { mapPacked } from "./text/arrays.ts";

/** A documented bound that, when it applies, may leave the record incomplete. */
export type CapCode = "cap_max_lookback_sentences" | "cap_max_shared_key" | "cap_max_fuzzy_names";

const CAP_MESSAGES: Record<CapCode, string> = {
  cap_max_lookback_sentences:
    "MAX_LOOKBACK_SENTENCES applied: a pronoun or unframed quote looked no further back for its speaker",
  cap_max_shared_key:
    "MAX_SHARED_KEY applied: a surname, first-name or initials key shared by more entities than the cap links short forms to the first ones only",
  cap_max_fuzzy_names:
    "MAX_FUZZY_NAMES applied: misspelt-surname matching was skipped for a name sharing its first letter with too many names",
};
const CAP_ORDER: CapCode[] = ["cap_max_lookback_sentences", "cap_max_shared_key", "cap_max_fuzzy_names"];

let active: Set<CapCode> | null = null;

/** Records that a cap applied in the extraction running now (a no-op outside `collectingCaps`). */
export function noteCap(code: CapCode): void {
  active?.add(code);
}

/** Runs `fn` (synchronous) and returns its value with one note per cap that applied during it. */
export function collectingCaps<T>(fn: () => T): { value: T; notes: ExtractionNote[] } {
  const outer = active;
  const caps = new Set<CapCode>();
  active = caps;
  try {
    const value = fn();
    return {
      value,
      notes: mapPacked(
        CAP_ORDER.filter((c) => caps.has(c)),
        (code) => ({ code, message: CAP_MESSAGES[code] }),
      ),
    };
  } finally {
    active = outer;
  }
}

/** The note an article in another language gets: English-only extraction was skipped. */
export function languageSkippedNote(language: string): ExtractionNote {
  return {
    code: "language_skipped",
    message: `language ${language}: entity, quote, figure and date extraction is English-only`,
  };
}
