// V8 settings of samsyn's long-running processes. Measured on the bench's one-million-event
// history (docs/performance.md); V8 sizes its heap when a process starts, so they are flags.
//
// server — the API server (npm start, docker/Dockerfile, `samsyn serve`) and the quick commands:
// - a young generation of 32 MB (V8's default 16 MB) lets the short-lived objects of reading and
//   folding a history die there instead of being promoted: the rebuild ran about a fifth faster
//   and RSS after it was about 150 MB lower;
// - the old generation grows by half its live size between full collections instead of V8's
//   dynamic factor (up to 4x): with 250 MB of read models live, garbage from serving requests
//   took the server to 1.3 GB before it was collected; now about 0.75 GB, for ~10% more GC
//   work in a rebuild.
//
// history — the commands whose job is to fold the whole history (`samsyn rebuild`, `replay`,
// `verify`, `export`) and the bench, whose rebuild workload is that job: the old generation also
// starts at 256 MB, so a rebuild does not run a full collection at every step of its growth (ten
// of them, each marking all the read models built so far): about a quarter faster. Not for the
// server: a small server's heap would hold up to that much garbage before its first full
// collection (a 20,000-event server under the bench's HTTP load: 385 MB instead of 225 MB).
//
// package.json's start and bench scripts and docker/Dockerfile spell these flags out
// (test/smoke/node-flags.spec.ts checks that they agree).
const server = ['--max-semi-space-size=32', '--heap-growing-percent=50'];
const history = [...server, '--initial-old-space-size=256'];

module.exports = { server, history };
