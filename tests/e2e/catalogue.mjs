// The app's catalogues (public/locales/*.ftl) for the journeys, so that a
// journey in Spanish finds its fields by their Spanish labels, as a person
// reading Spanish would. Plain messages only: a journey locates by words
// without variables.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '../../public/locales');

/** The plain messages of a locale's catalogue, by id. */
function read(tag) {
  const messages = new Map();
  let current = null;
  for (const line of readFileSync(join(dir, `${tag}.ftl`), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const m = /^([A-Za-z][\w-]*)\s*=\s?(.*)$/.exec(line);
    if (m && !line.startsWith(' ')) {
      current = m[1];
      messages.set(current, m[2]);
    } else if (current) {
      messages.set(current, `${messages.get(current)}\n${line}`);
    }
  }
  return messages;
}

/**
 * `t(id)`: the words of `id` in `tag`, with `{ " " }` read as a space;
 * throws on an id the catalogue lacks or a message with variables, so a
 * journey cannot silently look for the wrong words.
 */
export function catalogue(tag) {
  const messages = read(tag);
  return (id) => {
    const value = messages.get(id);
    if (value === undefined) throw new Error(`${tag}.ftl has no ${id}`);
    const text = value.replace(/\{ " " \}/g, ' ');
    if (/[{}]/.test(text)) throw new Error(`${tag}.ftl ${id} has variables: ${value}`);
    return text;
  };
}
