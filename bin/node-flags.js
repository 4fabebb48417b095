// V8 settings for every long-running samsyn process: the server (npm start, the Dockerfile, the
// CLI's serve) and the CLI's rebuild / replay / verify / export. Measured on the bench's
// one-million-event history (README, "Performance"):
// - a young generation of 32 MB (V8's default 16 MB) lets the short-lived objects of reading and
//   folding a history die there instead of being promoted: the rebuild ran about a fifth faster
//   and RSS after it was about 150 MB lower;
// - the old generation grows by half its live size between full collections instead of V8's
//   dynamic factor (up to 4x): with 250 MB of read models live, garbage from serving requests
//   took the server to 1.3 GB before it was collected; now about 0.75 GB, for ~10% more GC
//   work in a rebuild;
// - the old generation starts at 256 MB: a rebuild no longer runs a full collection at every
//   step of its growth (ten of them, each marking all the read models built so far), about a
//   quarter faster; a small server's heap may hold up to that much before its first full
//   collection (V8's memory reducer collects it when the server is idle).
// package.json's start and bench scripts and docker/Dockerfile spell the same flags
// (test/smoke/node-flags.spec.ts checks that they agree).
module.exports = ['--max-semi-space-size=32', '--heap-growing-percent=50', '--initial-old-space-size=256'];
