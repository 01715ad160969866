/**
 * HTML entity decoding for pasted fragments. A single left-to-right pass: each "&" looks ahead at
 * most a few characters, so hostile input cannot make it slow.
 */

const named: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ensp: " ", emsp: " ", thinsp: " ",
  ndash: "–", mdash: "—", hellip: "…", bull: "•", middot: "·", rsquo: "’", lsquo: "‘",
  rdquo: "”", ldquo: "“", laquo: "«", raquo: "»", rarr: "→", larr: "←", euro: "€", pound: "£",
  yen: "¥", cent: "¢", copy: "©", reg: "®", trade: "™", times: "×", deg: "°", plusmn: "±",
  eacute: "é", egrave: "è", ecirc: "ê", aacute: "á", agrave: "à", acirc: "â", iacute: "í",
  oacute: "ó", uacute: "ú", ntilde: "ñ", ccedil: "ç", auml: "ä", ouml: "ö", uuml: "ü",
  Auml: "Ä", Ouml: "Ö", Uuml: "Ü", szlig: "ß", oslash: "ø", aring: "å", shy: "",
};

const maxEntityLength = 10;

function codePointText(code: number): string | null {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return null;
  if (code >= 0xd800 && code <= 0xdfff) return null;
  return String.fromCodePoint(code);
}

function decodeOne(body: string): string | null {
  if (body.startsWith("#x") || body.startsWith("#X")) {
    return /^[0-9a-fA-F]{1,6}$/.test(body.slice(2)) ? codePointText(parseInt(body.slice(2), 16)) : null;
  }
  if (body.startsWith("#")) {
    return /^[0-9]{1,7}$/.test(body.slice(1)) ? codePointText(parseInt(body.slice(1), 10)) : null;
  }
  return Object.hasOwn(named, body) ? (named[body] ?? null) : null;
}

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  let out = "";
  let i = 0;
  // Cached so a run of "&" with no ";" after it stays linear.
  let semi = -2;
  while (i < text.length) {
    const amp = text.indexOf("&", i);
    if (amp === -1) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, amp);
    if (semi !== -1 && semi <= amp) semi = text.indexOf(";", amp + 1);
    const decoded = semi !== -1 && semi - amp - 1 <= maxEntityLength ? decodeOne(text.slice(amp + 1, semi)) : null;
    if (decoded === null) {
      out += "&";
      i = amp + 1;
    } else {
      out += decoded;
      i = semi + 1;
    }
  }
  return out;
}
