import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** `path` relative to `root`, with forward slashes; null when it lies outside `root`. */
export function repositoryPath(root, absolutePath) {
  const relative = path.relative(root, absolutePath);
  if (relative === '') return '';
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return relative.split(path.sep).join('/');
}

function escapeForPattern(text) {
  return text.replace(/[.+^$()|[\]\\]/g, '\\$&');
}

/**
 * A glob as a regular expression over repository paths: `**` any number of folders, `*` and `?`
 * within one path segment, `{a,b}` alternatives. `shared/**` matches everything inside shared/.
 */
export function globPattern(glob) {
  let source = '';
  for (let index = 0; index < glob.length; index += 1) {
    const character = glob[index];
    if (character === '*' && glob[index + 1] === '*') {
      index += 1;
      if (glob[index + 1] === '/') {
        index += 1;
        source += '(?:.*/)?';
      } else {
        source += '.*';
      }
    } else if (character === '*') {
      source += '[^/]*';
    } else if (character === '?') {
      source += '[^/]';
    } else if (character === '{') {
      const end = glob.indexOf('}', index);
      if (end === -1) throw new Error(`Unclosed "{" in the glob ${glob}.`);
      source += `(?:${glob.slice(index + 1, end).split(',').map(escapeForPattern).join('|')})`;
      index = end;
    } else {
      source += escapeForPattern(character);
    }
  }
  return new RegExp(`^${source}$`);
}

const cachedPatterns = new Map();

/** Whether the repository path matches one of the globs. */
export function matchesAnyGlob(repositoryRelativePath, globs) {
  return globs.some((glob) => {
    let pattern = cachedPatterns.get(glob);
    if (!pattern) {
      pattern = globPattern(glob);
      cachedPatterns.set(glob, pattern);
    }
    return pattern.test(repositoryRelativePath);
  });
}

const sourceExtensions = ['.ts', '.tsx', '.mts', '.d.ts', '.d.mts', '.mjs', '.js', '.cjs', '.json'];

function isFile(candidate) {
  try {
    return existsSync(candidate) && statSync(candidate).isFile();
  } catch {
    return false;
  }
}

/**
 * The file a relative or absolute specifier names, as TypeScript (moduleResolution Bundler) and
 * the bundlers find it: the path itself, with a source extension, `.js` standing for `.ts`, or a
 * folder's index. When nothing exists yet, the path as written (a layer check needs only its folder).
 */
export function resolveFile(absolutePath) {
  const candidates = [absolutePath];
  for (const extension of sourceExtensions) candidates.push(absolutePath + extension);
  const javaScriptExtension = /\.(m|c)?js$/.exec(absolutePath);
  if (javaScriptExtension) {
    const stem = absolutePath.slice(0, -javaScriptExtension[0].length);
    candidates.push(`${stem}.${javaScriptExtension[1] ?? ''}ts`, `${stem}.tsx`);
  }
  for (const extension of ['.ts', '.tsx', '.mts', '.mjs', '.js']) candidates.push(path.join(absolutePath, `index${extension}`));
  return candidates.find(isFile) ?? absolutePath;
}

/** Whether a module specifier names a file (relative, absolute or a file: URL) rather than a package. */
export function isPathSpecifier(specifier) {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..' || specifier.startsWith('/') || specifier.startsWith('file:');
}
