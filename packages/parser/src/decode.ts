import { type StepResult, stepError } from "@newsgraph/schema";

export interface DecodeOptions {
  source: string;
  maxBytes: number;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const CP1252_HIGH =
  "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd" +
  "\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";

/** Windows-1252 by table: Node 20's TextDecoder treats it as ISO-8859-1 and leaves 0x80–0x9F as C1 controls. */
function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  let chunk = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    chunk += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    if (chunk.length >= 8192) {
      chunks.push(chunk);
      chunk = "";
    }
  }
  chunks.push(chunk);
  return chunks.join("");
}

/**
 * Bytes → text. UTF-8 (with or without BOM) first, UTF-16 by BOM, otherwise Windows-1252
 * (a superset of Latin-1 for printable text). Binary content is rejected.
 */
export function decodeInput(bytes: Uint8Array, { source, maxBytes }: DecodeOptions): StepResult<string> {
  if (bytes.byteLength > maxBytes) {
    return stepError(
      "read",
      source,
      "too_large",
      `input is ${bytes.byteLength} bytes, over the limit of ${maxBytes} bytes (raise it with --max-bytes)`,
    );
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = utf8.decode(body);
    } catch {
      text = decodeWindows1252(body);
    }
  }
  const control = countControlChars(text);
  if (text.length > 0 && control / text.length > 0.01) {
    return stepError(
      "read",
      source,
      "binary",
      `input looks binary, not text (${control} control characters in ${text.length})`,
    );
  }
  return { ok: true, value: text };
}

function countControlChars(text: string): number {
  let n = 0;
  const limit = Math.min(text.length, 1 << 20);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd)
      n++;
  }
  return n;
}
