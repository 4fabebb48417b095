#!/usr/bin/env node
// The `samsyn` command: runs the compiled CLI (npm run build) with the @samsyn/* aliases resolved in dist/.
const path = require('path');
const fs = require('fs');
const { spawn } = require('child_process');
const nodeFlags = require('./node-flags');
// Commands that fold the whole history get its settings; the server and the quick ones the
// server's. (A global option's value spelled like one of them only changes V8's sizes.)
const HISTORY_COMMANDS = new Set(['rebuild', 'replay', 'verify', 'export']);
const flags = process.argv.slice(2).some((a) => HISTORY_COMMANDS.has(a)) ? nodeFlags.history : nodeFlags.server;
const entry = path.join(__dirname, '..', 'dist', 'apps', 'cli', 'src', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('samsyn: not built yet: run `npm run build` first\n');
  process.exit(2);
}
// V8's heap is sized when the process starts: a process without the flags runs itself once more
// with them. Standard streams are shared; signals sent to this process are passed on (a
// supervisor's SIGTERM must stop the server, not orphan it); the child's exit is this one's.
if (!flags.every((f) => process.execArgv.includes(f))) {
  const child = spawn(process.execPath, [...process.execArgv, ...flags, __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    process.stderr.write(`samsyn: ${error.message}\n`);
    process.exit(2);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
  return;
}
require('./register-aliases');
require(entry).main();
