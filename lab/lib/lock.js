// One lab run at a time: the lab's namespaces (iks-left, iks-mid, iks-right), its work directory
// and its daemons have fixed names, and a run starts by removing what an earlier run left, so a
// second run started meanwhile (the live test of the suite, another engineer) would tear down the
// first one's scenario. The lock is a file holding the runner's pid; a lock whose process is gone
// is stale and taken over.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const LOCK_PATH = join(tmpdir(), 'ikescope-lab.lock');

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/**
 * Takes the lab lock: `{ release }`, or `{ busy: pid }` while another live run holds it.
 */
export function takeLabLock(path = LOCK_PATH) {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(path, 'utf8').trim() === String(process.pid)) unlinkSync(path);
        } catch {
          // already gone
        }
      };
      process.on('exit', release);
      return { release };
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let pid = NaN;
      try {
        pid = Number(readFileSync(path, 'utf8').trim());
      } catch {
        // removed meanwhile: try again
      }
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) return { busy: pid };
      try {
        unlinkSync(path);
      } catch {
        // taken over by another runner meanwhile: the next attempt sees its lock
      }
    }
  }
  return { busy: NaN };
}
