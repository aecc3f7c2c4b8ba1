import { type StepResult, stepError } from "@newsgraph/schema";

export interface DecodeOptions {
  source: string;
  maxBytes: number;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const cp1252 = new TextDecoder("windows-1252");

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
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = utf8.decode(body);
    } catch {
      text = cp1252.decode(body);
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
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) n++;
  }
  return n;
}
