import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

export interface Listener {
  address: string;
  port: number;
  loopback: boolean;
}

/** The bytes of an address as /proc/net/tcp{,6} print it: 32-bit words in host (little-endian) order. */
function addressBytes(hex: string): number[] {
  const bytes: number[] = [];
  for (let word = 0; word < hex.length; word += 8) {
    const chunk = hex.slice(word, word + 8);
    for (let i = 6; i >= 0; i -= 2) bytes.push(parseInt(chunk.slice(i, i + 2), 16));
  }
  return bytes;
}

function describe(bytes: number[]): { address: string; loopback: boolean } {
  if (bytes.length === 4) return { address: bytes.join('.'), loopback: bytes[0] === 127 };
  const mapped = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  if (mapped) return { address: `::ffff:${bytes.slice(12).join('.')}`, loopback: bytes[12] === 127 };
  const loopback = bytes.slice(0, 15).every((b) => b === 0) && bytes[15] === 1;
  const groups = Array.from({ length: 8 }, (_, i) => ((bytes[2 * i]! << 8) | bytes[2 * i + 1]!).toString(16));
  return { address: groups.join(':'), loopback };
}

/** Every TCP socket a process listens on (Linux /proc), with whether its address is loopback. */
export function listeningSockets(pid: number): Listener[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode) inodes.add(inode);
    } catch {
      // The descriptor closed while we looked.
    }
  }
  const listeners: Listener[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10 || fields[3] !== '0A' || !inodes.has(fields[9]!)) continue;
      const [hexAddress, hexPort] = fields[1]!.split(':');
      listeners.push({ ...describe(addressBytes(hexAddress!)), port: parseInt(hexPort!, 16) });
    }
  }
  return listeners;
}
