// Preloaded into every process the benchmark times (`node --require peak-rss.cjs …`): at exit,
// writes the process's peak resident set size, in kilobytes, to the file named by
// HEALTHLINT_BENCH_RSS. The same for healthlint, alex and textlint, so their memory compares.
'use strict';
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.HEALTHLINT_BENCH_RSS;
  if (!file) return;
  try {
    writeFileSync(file, String(process.resourceUsage().maxRSS));
  } catch {
    // A benchmark helper must never change the exit of the process it measures.
  }
});
