import { describe, expect, it } from "vitest";
import { applyFormEnhancementScript } from "@/components/apply/apply-form-enhancement";
import { isCompleteWithoutScripts, withInlineScript, withoutScripts } from "./script-free-page";

const nonce = "AAAAAAAAAAAAAAAAAAAAAA==";
// The shape of Next 16's App Router HTML, cut down: runtime scripts and their preload in the head,
// the flight data inline at the end, and a metadata boundary that was streamed after the shell.
const head =
  `<head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="${nonce}" data-precedence="next"/>` +
  `<link rel="preload" as="script" fetchPriority="low" nonce="${nonce}" href="/_next/static/chunks/b.js"/>` +
  `<link rel="modulepreload" href="/_next/static/chunks/c.js"/><link rel="preload" href="/font.woff2" as="font"/>` +
  `<script src="/_next/static/chunks/b.js" async="" nonce="${nonce}"></script><script src="/p.js" noModule="" nonce="${nonce}"></script></head>`;
const main = `<main id="main"><h1>Apply: A &lt;script&gt; job</h1><form id="apply-form"><input name="firstName" value="&lt;/script&gt;"/></form></main>`;
const page = (tail: string) =>
  `<!DOCTYPE html><html lang="en">${head}<body><div hidden=""><!--$?--><template id="B:0"></template><!--/$--></div>${main}` +
  `<script nonce="${nonce}">(self.__next_f=self.__next_f||[]).push([0])</script>` +
  `<script nonce="${nonce}">self.__next_f.push([1,"0:{\\"P\\":null,\\"x\\":\\"\\u003c/script\\u003e\\"}"])</script>${tail}</body></html>`;
const lateMetadata = `<title>Apply: A job · Shortlist</title><meta name="description" content="Open roles."/>`;
const emptySegments = `<div hidden id="S:1"></div><script nonce="${nonce}">$RC("B:1","S:1")</script><div hidden id="S:0"><!-- --></div><script>$RC("B:0","S:0")</script>`;

describe("withoutScripts", () => {
  const stripped = withoutScripts(page(`${lateMetadata}${emptySegments}`));

  it("drops every script element and every preload of a script file", () => {
    expect(stripped).not.toMatch(/<script/i);
    expect(stripped).not.toContain("b.js");
    expect(stripped).not.toContain("c.js");
    expect(stripped).not.toContain("__next_f");
  });

  it("keeps the stylesheet, other preloads and all the page's content, escaped as it was", () => {
    expect(stripped).toContain(`<link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="${nonce}" data-precedence="next"/>`);
    expect(stripped).toContain(`<link rel="preload" href="/font.woff2" as="font"/>`);
    expect(stripped).toContain(main);
  });

  it("drops empty streamed boundaries and moves late metadata into the head", () => {
    expect(stripped).not.toMatch(/<template|id="S:/);
    expect(stripped).toContain(`${lateMetadata}</head>`);
    expect(stripped.indexOf("<title>")).toBeLessThan(stripped.indexOf("<body"));
  });

  it("leaves a title inside the page's content where it is", () => {
    const withSvg = page("").replace("<h1>", `<h1><svg><title>Logo</title></svg>`);
    expect(withoutScripts(withSvg)).toContain("<svg><title>Logo</title></svg>");
  });
});

describe("isCompleteWithoutScripts", () => {
  it("accepts a page whose streamed segments are empty, or that has none", () => {
    expect(isCompleteWithoutScripts(page(emptySegments))).toBe(true);
    expect(isCompleteWithoutScripts(page(""))).toBe(true);
  });

  it("refuses a page with content that only a script would move into place", () => {
    expect(isCompleteWithoutScripts(page(`<div hidden id="S:0"><p>The form</p></div>`))).toBe(false);
    expect(isCompleteWithoutScripts(page(`<div hidden id="S:2"><div>nested</div></div>`))).toBe(false);
  });
});

describe("withInlineScript", () => {
  it("adds the script with the nonce at the end of the body", () => {
    const html = withInlineScript("<html><body><p>x</p></body></html>", "run()", nonce);
    expect(html).toBe(`<html><body><p>x</p><script nonce="${nonce}">run()</script></body></html>`);
  });

  it("refuses a source that would close its own element, and a nonce that is not base64", () => {
    expect(() => withInlineScript("<body></body>", "a('</script><img>')", nonce)).toThrow(/<\/script/);
    expect(() => withInlineScript("<body></body>", "run()", `x" onload="alert(1)`)).toThrow(/base64/);
  });

  it("takes the apply form's enhancement, which is one self-contained statement", () => {
    expect(() => withInlineScript("<body></body>", applyFormEnhancementScript, nonce)).not.toThrow();
    // Parses as a script of its own, with nothing left to import.
    expect(() => new Function(applyFormEnhancementScript)).not.toThrow();
    expect(applyFormEnhancementScript).not.toMatch(/\bimport\b|\brequire\(/);
  });
});
