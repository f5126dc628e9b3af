// File names of exported documents, as the core names them (export/batch.rs `named`).

/** `<code> <title>.<ext>`, with the characters Windows refuses in a name replaced by `_`. */
export function documentFileName(code: string, title: string, ext: string): string {
  const safe = Array.from(`${code} ${title}`)
    .map((c) => (/["*/:<>?\\|]/.test(c) || /\p{Cc}/u.test(c) ? "_" : c))
    .join("")
    .trim()
    .replace(/\.+$/, "");
  return `${safe}.${ext}`;
}

/** `path`, with `.ext` added when the user left it out (any case counts). */
export function withExtension(path: string, ext: string): string {
  return path.toLowerCase().endsWith(`.${ext.toLowerCase()}`) ? path : `${path}.${ext}`;
}

/** The last part of a path, either separator. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}
