// Node's file system as the core's FileSystemHost (CLI and server only).
import * as fs from 'node:fs';
import type { FileSystemHost } from '../host';

export const nodeHost: FileSystemHost = {
  readFile(path) {
    try {
      return fs.readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  readDirectory(path) {
    try {
      return fs.readdirSync(path);
    } catch {
      return undefined;
    }
  },
};
