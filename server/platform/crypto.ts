// National commercial cryptography (商用密码) where Node's OpenSSL has it: SM3 for hashes,
// SM4-CBC + HMAC-SM3 (encrypt-then-MAC) for secrets at rest. Keys come from the environment.
import crypto from 'node:crypto';

export type HashAlg = 'sm3' | 'sha256';

export function hashHex(alg: HashAlg, data: string): string {
  return crypto.createHash(alg).update(data, 'utf8').digest('hex');
}

export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

/** Secret box: SM4-CBC with a random IV, then HMAC-SM3 over iv‖ciphertext. Format: v1.<iv>.<ct>.<mac> (base64url). */
export class SecretBox {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;
  constructor(masterKeyHex: string) {
    const master = Buffer.from(masterKeyHex, 'hex');
    if (master.length < 32) throw new Error('TONGCHOU_SECRET_KEY must be at least 32 bytes of hex (64 hex characters)');
    this.encKey = crypto.createHmac('sm3', master).update('enc').digest().subarray(0, 16);
    this.macKey = crypto.createHmac('sm3', master).update('mac').digest();
  }
  seal(plain: string): string {
    const iv = crypto.randomBytes(16);
    const cipher = crypto.createCipheriv('sm4-cbc', this.encKey, iv);
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const mac = crypto.createHmac('sm3', this.macKey).update(Buffer.concat([iv, ct])).digest();
    return ['v1', iv.toString('base64url'), ct.toString('base64url'), mac.toString('base64url')].join('.');
  }
  open(sealed: string): string {
    const [v, ivB, ctB, macB] = sealed.split('.');
    if (v !== 'v1' || !ivB || !ctB || !macB) throw new Error('sealed value has an unknown format');
    const iv = Buffer.from(ivB, 'base64url');
    const ct = Buffer.from(ctB, 'base64url');
    const mac = crypto.createHmac('sm3', this.macKey).update(Buffer.concat([iv, ct])).digest();
    if (!crypto.timingSafeEqual(mac, Buffer.from(macB, 'base64url'))) throw new Error('sealed value failed its integrity check');
    const decipher = crypto.createDecipheriv('sm4-cbc', this.encKey, iv);
    return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
  }
}
