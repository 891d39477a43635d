/** Bytes per chunk: a multiple of 3, so that the base64 of the chunks joins into the base64 of the whole. */
const chunkBytes = 3 * 8 * 1024;

/**
 * The base64 of `bytes`, built chunk by chunk so that a file of tens of megabytes never passes
 * millions of arguments to one call (which overflows the stack).
 */
export function base64OfBytes(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += chunkBytes) {
    const chunk = bytes.subarray(start, start + chunkBytes);
    parts.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])));
  }
  return parts.join('');
}

/** Reads a file (or any Blob) and returns its bytes in base64. */
export async function readFileAsBase64(file: Blob): Promise<string> {
  return base64OfBytes(new Uint8Array(await file.arrayBuffer()));
}
