/**
 * An App Router page's server-rendered HTML without the framework's JavaScript, plus one small
 * script of our own. The apply page is served this way on a document load (proxy.ts): every App
 * Router page loads about 130 KB of gzipped runtime (React DOM and Next's router) to hydrate, and a
 * candidate on a slow phone should not download that to fill in one form. The HTML is complete
 * without it: the form is a real multipart `<form>` that posts to its server action, exactly as a
 * browser with JavaScript off sends it.
 *
 * Why a pattern is enough to find the scripts: React escapes `<` in every text node and attribute
 * it renders, and Next escapes `</script` inside the inline scripts it writes, so the only `<script`
 * and `<link` tags in the HTML are elements the renderer meant.
 */
const SCRIPT_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const LINK_ELEMENT = /<link\b[^>]*>/gi;
const SCRIPT_PRELOAD = /\brel="modulepreload"|\bas="script"/i;
/**
 * A Suspense boundary React streamed after the shell: a placeholder where it belongs, and its
 * content in a hidden segment at the end that an inline script moves into place. Next wraps the
 * metadata in such boundaries; they arrive empty (the title and meta tags come as separate tags at
 * the end), so they only need to be dropped. A segment with content would be lost without its
 * script: such a page is not served script-free.
 */
const BOUNDARY_PLACEHOLDER = /<template id="B:[0-9a-z]+"><\/template>/gi;
const STREAMED_SEGMENT = /<div hidden id="S:[0-9a-z]+">([\s\S]*?)<\/div>/gi;
const NOTHING = /^(?:\s|<!--[\s\S]*?-->)*$/;
/** Title and meta tags that React wrote after the shell, after the page's content. */
const LATE_METADATA = /<title>[^<]*<\/title>|<meta\b[^>]*>/gi;

/** Whether the HTML reads the same without its scripts: every streamed segment is empty. */
export function isCompleteWithoutScripts(html: string): boolean {
  return [...html.matchAll(STREAMED_SEGMENT)].every((segment) => NOTHING.test(segment[1] ?? ""));
}

/**
 * The HTML without script elements, preloads of script files and empty streamed boundaries, with
 * any title or meta tag that arrived after the page's `<main>` moved to the head, where crawlers look.
 */
export function withoutScripts(html: string): string {
  const stripped = html
    .replace(SCRIPT_ELEMENT, "")
    .replace(LINK_ELEMENT, (tag) => (SCRIPT_PRELOAD.test(tag) ? "" : tag))
    .replace(BOUNDARY_PLACEHOLDER, "")
    .replace(STREAMED_SEGMENT, (segment, content: string) => (NOTHING.test(content) ? "" : segment));
  // Only after the page's content: a <title> inside it (an SVG's) is not the document's.
  const headEnd = stripped.indexOf("</head>");
  const contentEnd = stripped.lastIndexOf("</main>");
  if (headEnd < 0 || contentEnd < headEnd) return stripped;
  const late: string[] = [];
  const tail = stripped.slice(contentEnd).replace(LATE_METADATA, (tag) => {
    late.push(tag);
    return "";
  });
  return `${stripped.slice(0, headEnd)}${late.join("")}${stripped.slice(headEnd, contentEnd)}${tail}`;
}

/** Adds one inline script, carrying the response's CSP nonce, at the end of the body. */
export function withInlineScript(html: string, source: string, nonce: string): string {
  // A source that closed its own element would end the script early and run the rest as markup.
  if (/<\/script/i.test(source)) throw new Error("An inline script must not contain </script.");
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(nonce)) throw new Error("A CSP nonce is base64.");
  const tag = `<script nonce="${nonce}">${source}</script>`;
  const end = html.lastIndexOf("</body>");
  return end < 0 ? `${html}${tag}` : `${html.slice(0, end)}${tag}${html.slice(end)}`;
}
