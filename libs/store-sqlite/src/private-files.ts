import * as fs from 'node:fs';

/** Owner read/write only: the events and read models hold every decision, name and comment. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** The files SQLite keeps next to a database in WAL mode. */
const COMPANIONS = ['-wal', '-shm', '-journal'];

const isFile = (path: string): boolean => path !== '' && path !== ':memory:' && !path.startsWith('file:');

/**
 * Makes a SQLite database file private before SQLite opens it (issue 10 item 17: they were
 * created 0644, world-readable, by the process umask). A new file is created 0600; SQLite gives
 * its -wal, -shm and -journal files the mode of the database file, so they follow. A file from
 * before this (0644) is tightened to its owner's bits, and so are its companions if they exist.
 * A file we may not chmod (someone else's) is left as it is: opening it is its owner's choice.
 */
export const makePrivateDatabaseFile = (path: string): void => {
  if (!isFile(path)) return;
  try {
    fs.closeSync(fs.openSync(path, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_RDWR, PRIVATE_FILE_MODE));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  for (const file of [path, ...COMPANIONS.map((s) => path + s)]) tighten(file);
};

const tighten = (file: string): void => {
  try {
    const mode = fs.statSync(file).mode & 0o777;
    if ((mode & 0o077) !== 0) fs.chmodSync(file, mode & 0o700);
  } catch {
    // absent, or not ours to change
  }
};

/** Creates a data directory 0700 (and any missing parents, as `mkdir -p` would); an existing one is left alone. */
export const makeDataDir = (dir: string): void => {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
};
