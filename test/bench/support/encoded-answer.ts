import { get } from 'node:http';

/** The bytes a read answers on the wire in an encoding (not decoded): what the bare route then sends as they are. */
export const encodedAnswer = (url: string, token: string, encoding: 'br' | 'gzip'): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    get(url, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': encoding }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => (res.headers['content-encoding'] === encoding ? resolve(Buffer.concat(chunks)) : reject(new Error(`${url} answered ${res.headers['content-encoding'] ?? 'identity'}, not ${encoding}`))));
    }).on('error', reject);
  });
