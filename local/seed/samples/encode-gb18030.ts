/**
 * A GB18030 encoder for the two-byte (GBK) range, built by inverting Node's own decoder, so
 * the sample files need no encoding dependency. Enough for Chinese product text; anything
 * outside ASCII and GBK is refused rather than written wrongly.
 */

let table: Map<string, [number, number]> | undefined;

function buildTable(): Map<string, [number, number]> {
  const decoder = new TextDecoder('gb18030');
  const map = new Map<string, [number, number]>();

  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) {
        continue;
      }

      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (char.length === 1 && char !== '\ufffd' && !map.has(char)) {
        map.set(char, [lead, trail]);
      }
    }
  }

  return map;
}

/** Encodes `text` as GB18030 bytes; throws on a character outside ASCII and GBK. */
export function encodeGb18030(text: string): Buffer {
  table ??= buildTable();
  const bytes: number[] = [];

  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }

    const pair = table.get(char);
    if (!pair) {
      throw new RangeError(`no two-byte GB18030 code for ${JSON.stringify(char)}`);
    }
    bytes.push(pair[0], pair[1]);
  }

  return Buffer.from(bytes);
}
