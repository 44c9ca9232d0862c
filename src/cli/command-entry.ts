import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Whether the module at `moduleUrl` is the one node was started with (run as a command, not
 * imported by a test). The path node was given is resolved through symlinks first: an installed
 * `bin` is a symlink in node_modules/.bin, while `import.meta.url` names the real file.
 */
export function isCommandEntry(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return moduleUrl === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false; // node was started on something that is no file (`node -e`, a REPL)
  }
}
