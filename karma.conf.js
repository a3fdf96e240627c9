// Karma runs the unit specs in headless Debian Chromium (CHROME_BIN, default /usr/bin/chromium).
process.env.CHROME_BIN = process.env.CHROME_BIN || '/usr/bin/chromium';

/**
 * Prints what a person needs from a run: each failure as it happens (spec, message, first stack
 * lines), then one closing line, "N passed, N failed, N skipped", instead of a line per spec.
 */
function SummaryReporter(baseReporterDecorator) {
  baseReporterDecorator(this);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  this.onSpecComplete = (_browser, result) => {
    if (result.skipped || result.disabled) {
      counts.skipped++;
    } else if (result.success) {
      counts.passed++;
    } else {
      counts.failed++;
      const name = [...result.suite, result.description].join(' › ');
      const log = result.log.map((entry) => entry.split('\n').slice(0, 4).join('\n    '));
      this.write(`\nFAILED ${name}\n    ${log.join('\n    ')}\n`);
    }
  };
  this.onRunComplete = (_browsers, results) => {
    const errors = results.error ? ' (the run itself failed: see above)' : '';
    this.write(
      `\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${errors}\n`,
    );
  };
}
SummaryReporter.$inject = ['baseReporterDecorator'];

/**
 * Files specs name without needing their content (a deferred stylesheet, chunks to preload):
 * answered empty instead of a 404 warning each.
 */
function SpecPlaceholders() {
  return (req, res, next) => {
    if (!/^\/(chunk-TEST\d*\.js|deferred-test\.css)$/.test(req.url)) {
      next();
      return;
    }
    res.setHeader('Content-Type', req.url.endsWith('.css') ? 'text/css' : 'text/javascript');
    res.end('');
  };
}

module.exports = function (config) {
  // The builder has already listed its output here; the global styles' fonts (media/) are added so
  // that specs which draw text load them instead of logging a 404 for each.
  config.files.push({ pattern: 'media/**', included: false, served: true, watched: false });
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      require('karma-jasmine-html-reporter'),
      require('karma-coverage'),
      { 'reporter:summary': ['type', SummaryReporter] },
      { 'middleware:spec-placeholders': ['factory', SpecPlaceholders] },
    ],
    client: {
      jasmine: { random: true },
      clearContext: false,
    },
    jasmineHtmlReporter: { suppressAll: true },
    coverageReporter: {
      dir: require('path').join(__dirname, './coverage/customer-care-chat-v2'),
      subdir: '.',
      reporters: [{ type: 'html' }, { type: 'text-summary' }],
    },
    reporters: ['summary', 'kjhtml'],
    beforeMiddleware: ['spec-placeholders'],
    // Warnings and errors only: no "server started", "launching browser" or "connected" lines.
    logLevel: config.LOG_WARN,
    customLaunchers: {
      ChromeHeadlessDebian: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    },
    browsers: ['ChromeHeadlessDebian'],
    browserNoActivityTimeout: 120000,
    singleRun: true,
    restartOnFileChange: false,
  });
};
