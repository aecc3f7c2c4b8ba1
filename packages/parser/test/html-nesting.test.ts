import { describe, expect, it } from "vitest";
import { limitNesting } from "../src/html/nesting.ts";

const count = (html: string, tag: string) => html.split(tag).length - 1;

describe("limitNesting", () => {
  it("returns an ordinary page unchanged", () => {
    const html = "<html><body><div><p>One<p>Two<ul><li>a<li>b</ul><br><img src=x></div></body></html>";
    expect(limitNesting(html, 10)).toBe(html);
  });

  it("drops opening tags past the depth limit and keeps the text", () => {
    const html = `<html><body>${"<div>".repeat(1000)}deep text</body></html>`;
    const limited = limitNesting(html, 50);
    expect(count(limited, "<div>")).toBe(48);
    expect(limited.endsWith("deep text</body></html>")).toBe(true);
  });

  it("follows implied end tags: a thousand unclosed <p> and <li> are siblings, not nested", () => {
    const html = `<body>${"<p>para ".repeat(1000)}<ul>${"<li>item ".repeat(1000)}</ul></body>`;
    expect(limitNesting(html, 10)).toBe(html);
  });

  it("does not count tags written inside scripts, styles and comments", () => {
    const html = `<body><script>${"'<div>'+".repeat(500)}''</script><!-- ${"<div>".repeat(500)} --><p>x</p></body>`;
    expect(limitNesting(html, 10)).toBe(html);
  });
});
