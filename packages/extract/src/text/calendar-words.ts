/** Month names, lower case. */
export const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Short month forms, lower case, without their full stop. */
export const MONTH_ABBREVIATIONS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
];

export const DAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** Short weekday forms, lower case, without their full stop. */
export const DAY_ABBREVIATIONS = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"];

/** Words that make a weekday an occasion's name: "Black Friday", "Cyber Monday", "Super Tuesday", "Good Friday". */
export const NAMED_DAY_OPENERS =
  "(?:Black|Cyber|Giving|Super|Good|Holy|Ash|Shrove|Maundy|Palm|Easter|Bloody|Small Business)";
