import * as http from 'node:http';
import * as zlib from 'node:zlib';

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as they came over the wire (still encoded). */
  wire: Buffer;
  /** The body decoded from its Content-Encoding. */
  text: string;
}

/** A GET whose answer is not decoded for us (supertest would), so the wire bytes can be counted. */
export const rawGet = (port: number, url: string, headers: Record<string, string>): Promise<RawAnswer> =>
  new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: url, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const wire = Buffer.concat(chunks);
        const enc = res.headers['content-encoding'];
        const plain = enc === 'gzip' ? zlib.gunzipSync(wire) : enc === 'br' ? zlib.brotliDecompressSync(wire) : wire;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, wire, text: plain.toString('utf8') });
      });
    }).on('error', reject);
  });
