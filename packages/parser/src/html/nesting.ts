import { mapPacked } from "../arrays.ts";

const VOID = new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp", "noembed", "noframes"]);
const P_CLOSERS =
  "p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul";
const FORM_CLOSED = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const IMPLIED_CLOSE = new Map<string, ReadonlySet<string>>([
  ...mapPacked(P_CLOSERS.split(" "), (t): [string, ReadonlySet<string>] => [t, new Set(["p"])]),
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["li", new Set(["li"])],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", new Set(["dd", "dt"])],
  ["dt", new Set(["dd", "dt"])],
  ["rt", new Set(["rt", "rp"])],
  ["rp", new Set(["rt", "rp"])],
  ["tbody", new Set(["thead", "tbody"])],
  ["tfoot", new Set(["thead", "tbody"])],
  ...mapPacked(
    ["select", "input", "output", "button", "datalist", "textarea"],
    (t): [string, ReadonlySet<string>] => [t, FORM_CLOSED],
  ),
]);
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/g;

/**
 * Drops opening tags that would nest elements deeper than `maxDepth` (unclosed <div>s, <font>s …).
 * The HTML tokenizer keeps its stack of open elements in an array it shifts and unshifts, so the
 * cost of parsing grows with the square of the nesting depth; bounding the depth keeps it linear.
 * Follows the tokenizer's own rules for void elements, raw text and implied end tags.
 */
export function limitNesting(html: string, maxDepth: number): string {
  const stack: string[] = [];
  const kept: string[] = [];
  let copiedUpTo = 0;
  let foreign = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    if (m[1]) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) {
        for (let i = stack.length - 1; i >= at; i--) if (stack[i] === "svg" || stack[i] === "math") foreign--;
        stack.length = at;
      }
      continue;
    }
    const closes = IMPLIED_CLOSE.get(name);
    if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1] ?? "")) stack.pop();
    const selfClosing = foreign > 0 && m[0].endsWith("/>");
    if (!VOID.has(name) && !selfClosing) {
      if (stack.length >= maxDepth) {
        kept.push(html.slice(copiedUpTo, m.index));
        copiedUpTo = m.index + m[0].length;
        continue;
      }
      stack.push(name);
      if (name === "svg" || name === "math") foreign++;
    }
    if (RAW_TEXT.has(name)) {
      const closing = new RegExp(`</${name}`, "gi");
      closing.lastIndex = TOKEN.lastIndex;
      const end = closing.exec(html);
      TOKEN.lastIndex = end ? end.index : html.length;
    }
  }
  if (kept.length === 0) return html;
  kept.push(html.slice(copiedUpTo));
  return kept.join("");
}
