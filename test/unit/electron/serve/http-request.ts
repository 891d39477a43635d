import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

export interface RawRequest {
  port: number;
  /** Sent exactly as given (no normalisation of `..` or percent escapes). */
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Address to connect to; 127.0.0.1 unless told. */
  connectTo?: string;
  /** Send the body in chunks without a content-length. */
  chunked?: boolean;
}

/** One HTTP request with full control over the Host header and the raw path. */
export function rawRequest(options: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${options.port}`, ...options.headers };
    if (options.body !== undefined && !options.chunked) headers['content-length'] = String(Buffer.byteLength(options.body));
    const request = http.request(
      { host: options.connectTo ?? '127.0.0.1', port: options.port, path: options.path, method: options.method ?? 'GET', headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body, text: body.toString('utf8') });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    if (options.body !== undefined && options.chunked) {
      const body = Buffer.from(options.body);
      const chunkSize = 1024 * 1024;
      for (let start = 0; start < body.length; start += chunkSize) request.write(body.subarray(start, start + chunkSize));
    } else if (options.body !== undefined) {
      request.write(options.body);
    }
    request.end();
  });
}
