#!/usr/bin/env node
// The `samsyn` command: runs the compiled CLI (npm run build) with the @samsyn/* aliases resolved in dist/.
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'dist', 'apps', 'cli', 'src', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('samsyn: not built yet: run `npm run build` first\n');
  process.exit(2);
}
require('./register-aliases');
require(entry).main();
