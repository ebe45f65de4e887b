/**
 * Content type and character encoding of a fetched or archived page, decided the same way for a
 * live fetch and a WARC record so both lint to the same result: byte order mark, then the HTTP
 * charset, then a <meta> declaration in the first 1024 bytes (the HTML prescan), then UTF-8,
 * falling back to windows-1252 (what browsers do) when the bytes are not valid UTF-8.
 *
 * Labels are resolved as browsers do (WHATWG: "iso-8859-1" and "latin1" mean windows-1252); the
 * bytes are decoded with iconv-lite, because Node 20's TextDecoder reads windows-1252 as Latin-1
 * (0x92 comes out as U+0092, not ’).
 */
import iconv from 'iconv-lite';

export const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

/** "text/html; charset=UTF-8" → "text/html". Empty when there is no header. */
export function mediaType(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

export function isHtmlType(contentType: string | null | undefined): boolean {
  return HTML_TYPES.includes(mediaType(contentType));
}

export function charsetParam(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

/** The charset a <meta charset> or <meta http-equiv="Content-Type"> declares in the first 1024 bytes. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1]!.toLowerCase();
  }
  return undefined;
}

/** The WHATWG name for an encoding label ("latin1" → "windows-1252"), or undefined if unknown. */
function canonicalEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  if (encoding.startsWith('utf-')) return new TextDecoder(encoding).decode(bytes);
  if (iconv.encodingExists(encoding)) return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  return new TextDecoder(encoding).decode(bytes);
}

export interface DecodedHtml {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "windows-1252". */
  charset: string;
  /** Something a person should know about how the bytes were read (reported as a warning). */
  note?: string;
}

export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): DecodedHtml {
  // A byte order mark wins over everything (WHATWG encoding sniffing).
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be' };

  const notes: string[] = [];
  for (const [label, where] of [
    [charsetParam(contentType), 'the Content-Type header'],
    [metaCharset(bytes), 'a <meta> tag'],
  ] as const) {
    if (!label) continue;
    const encoding = canonicalEncoding(label);
    if (encoding) {
      // The prescan cannot return UTF-16 (WHATWG): a page that says so in <meta> is ASCII-compatible.
      const charset = where === 'a <meta> tag' && encoding.startsWith('utf-16') ? 'utf-8' : encoding;
      const text = decodeAs(charset, bytes);
      const invalid = charset === 'utf-8' && text.includes('\uFFFD') && !validUtf8(bytes);
      const note = invalid ? `the page declares UTF-8 in ${where} but is not valid UTF-8; invalid bytes were read as U+FFFD` : undefined;
      return { text, charset, note: [...notes, note].filter(Boolean).join('; ') || undefined };
    }
    notes.push(`unknown charset "${label}" in ${where}, ignored`);
  }
  if (validUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', note: notes.join('; ') || undefined };
  notes.push('no charset declared and the bytes are not UTF-8; read as windows-1252');
  return { text: decodeAs('windows-1252', bytes), charset: 'windows-1252', note: notes.join('; ') };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function validUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
