/**
 * Finds mentions of paths outside the repository in a file's text: absolute paths of a machine (under
 * its usual roots: work, tmp, home, root, Users, mnt), the design folder that sits beside the clone on
 * the developers' machines (named by its subfolders facts, seeds and pages), and relative paths that
 * climb out of the repository or onto a `shared` folder the repository does not have. A user's clone
 * has none of these, so a test, script or README that names one breaks or misleads there.
 */
import path from 'node:path';

/** One offending mention: where it is and why it points outside the repository. */
export interface OutsideMention {
  file: string;
  line: number;
  mention: string;
  reason: string;
}

// Absolute paths of a machine. Not preceded by a name character, `.`, `}`, `~` or `$`, so the path
// part of a URL on a host and relative paths are not matched, while a quoted absolute path and a
// file URL are.
const MACHINE_PATH = /(?<![\w.}~$-])\/(?:work|tmp|home|root|Users|mnt|var\/folders)\/[^\s'"`)\]>,;]*/g;
// The folder of design documents beside the repository, by the names of its subfolders.
const DESIGN_FOLDER = /\bshared\/(?:facts|seeds|pages)\b[^\s'"`)\]>,;]*/g;
// A relative path that starts by going up one or more folders.
const RELATIVE_UP = /(?<![\w./-])(?:\.\.\/)+[^\s'"`)\]>,;:*]*/g;
// The name of the design folder beside the clone.
const DESIGN_FOLDER_NAME = 'shared';

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/**
 * Every mention in `text` (the content of the repository file `file`, a `/`-separated path) of a path
 * outside the repository. `exists(p)` says whether the repository path `p` exists.
 */
export function outsideMentions(file: string, text: string, exists: (repoPath: string) => boolean): OutsideMention[] {
  const found: OutsideMention[] = [];
  const add = (index: number, mention: string, reason: string) => found.push({ file, line: lineOf(text, index), mention, reason });

  for (const m of text.matchAll(MACHINE_PATH)) add(m.index, m[0], 'an absolute path of a machine');
  for (const m of text.matchAll(DESIGN_FOLDER)) add(m.index, m[0], 'the design folder beside the repository');
  for (const m of text.matchAll(RELATIVE_UP)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[0]));
    if (target === '..' || target.startsWith('../')) {
      add(m.index, m[0], `resolves outside the repository (from ${path.posix.dirname(file)}/)`);
      continue;
    }
    // A climb onto `shared` means the design folder beside the clone unless the repository has that
    // folder there (specs/shared does). Other names are not checked: code templates climb within the
    // trees they generate (generated/clients, a benchmark's temporary specs), which are not this one.
    const climbed = m[0].match(/^(?:\.\.\/)+/)![0];
    const first = m[0].slice(climbed.length).split('/')[0] ?? '';
    if (first !== DESIGN_FOLDER_NAME) continue;
    const landing = path.posix.normalize(path.posix.join(path.posix.dirname(file), climbed, first));
    if (!exists(landing)) add(m.index, m[0], `${landing}/ does not exist in the repository`);
  }
  return found.sort((a, b) => a.line - b.line);
}
