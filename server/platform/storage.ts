// Attachment storage behind one interface: a folder under DATA_DIR by default. A deployment with several
// app nodes implements the same three calls over an S3-compatible store (docs/deployment.md).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type Storage = {
  put(data: Buffer): Promise<{ key: string; sha256: string }>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
};

export function folderStorage(root: string): Storage {
  const file = (key: string) => {
    if (!/^[a-f0-9]{2}\/[a-f0-9]{64}$/.test(key)) throw new Error('bad storage key');
    return path.join(root, key);
  };
  return {
    async put(data) {
      const sha256 = crypto.createHash('sha256').update(data).digest('hex');
      const key = `${sha256.slice(0, 2)}/${sha256}`;
      fs.mkdirSync(path.dirname(file(key)), { recursive: true });
      const tmp = `${file(key)}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, data);
      fs.renameSync(tmp, file(key)); // content-addressed: the same file twice is stored once
      return { key, sha256 };
    },
    async get(key) {
      return fs.promises.readFile(file(key));
    },
    async remove(key) {
      fs.rmSync(file(key), { force: true });
    },
  };
}
