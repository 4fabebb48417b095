// V8 settings for every long-running samsyn process: the server (npm start, the Dockerfile, the
// CLI's serve) and the CLI's rebuild / replay / verify / export. A young generation of 32 MB
// (V8's default is 16 MB) lets the short-lived objects of reading and folding a history die
// there instead of being promoted: a one-million-event rebuild ran about a fifth faster and the
// server's RSS after it was about 100 MB lower (README, "Performance"). package.json's start
// script and docker/Dockerfile spell the same flags; test/support/node-flags.spec.ts checks that.
module.exports = ['--max-semi-space-size=32'];
