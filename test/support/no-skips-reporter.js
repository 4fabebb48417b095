/**
 * A skipped test is a silent hole in CI. This reporter fails the run when any test was skipped
 * or left as todo, except tests whose full name carries "[optional]" — the EventStoreDB contract
 * tests, which need a server this machine cannot run. Those are listed loudly instead.
 */
class NoSkipsReporter {
  onRunComplete(_contexts, results) {
    const skipped = [];
    const optional = [];
    for (const file of results.testResults) {
      for (const t of file.testResults) {
        if (t.status !== 'pending' && t.status !== 'todo' && t.status !== 'skipped') continue;
        (t.fullName.includes('[optional]') ? optional : skipped).push(`${file.testFilePath}: ${t.fullName}`);
      }
    }
    if (optional.length > 0) {
      process.stdout.write(`\nOptional tests skipped (${optional.length}), see their describe text for why:\n`);
      const byFile = new Map();
      for (const o of optional) {
        const cut = o.indexOf('.ts: ') + 3;
        const [file, name] = [o.slice(0, cut), o.slice(cut + 2)];
        const reason = name.slice(0, name.indexOf('[optional]') + 200).split(' EventStore contract')[0];
        const entry = byFile.get(file) ?? { count: 0, reason };
        entry.count++;
        byFile.set(file, entry);
      }
      for (const [file, { count, reason }] of byFile) process.stdout.write(`  - ${file}: ${count} tests — ${reason}\n`);
    }
    // The plain closing line CI reads, whatever the runner: "N passed, N failed, N skipped".
    const skippedTotal = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`\nTotals: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skippedTotal} skipped\n`);
    if (skipped.length > 0) {
      process.stderr.write(`\nRequired tests were skipped (${skipped.length}); a skip is a failure here:\n`);
      for (const s of skipped.slice(0, 20)) process.stderr.write(`  - ${s}\n`);
      process.exitCode = 1;
      this._failed = true;
    }
  }
  getLastError() {
    return this._failed ? new Error('required tests were skipped') : undefined;
  }
}
module.exports = NoSkipsReporter;
