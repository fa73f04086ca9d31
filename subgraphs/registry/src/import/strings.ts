/**
 * A copy of a string that does not keep the string it was cut from alive: V8 makes a substring of
 * 13 characters or more a view of its parent, so a cell's text kept by the import (e.g. instrument
 * numbers, for duplicate checks) would pin the whole chunk of the file it was read from (256 KB of XML, 64 KB of CSV).
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

