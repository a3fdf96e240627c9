import { buildOfIndex, buildOfWorker, isWorkerUrl, runningBuild, workerUrl } from './build-version';

describe('build-version', () => {
  const index = `<!doctype html><html><head><link rel="stylesheet" href="styles-55XICJOI.css"></head>
    <body><app-root></app-root><link rel="modulepreload" href="chunk-3QH3EMDA.js">
    <script src="main-IVU5HRJ4.js" type="module"></script></body></html>`;

  it('reads the build of an index.html from its main script', () => {
    expect(buildOfIndex(index)).toBe('main-IVU5HRJ4.js');
    expect(buildOfIndex('<script src="main.js" type="module"></script>')).toBeNull();
  });

  it('names the worker of a build and reads the build back from its URL', () => {
    const url = workerUrl('main-IVU5HRJ4.js');
    expect(url).toBe('sw.js?build=main-IVU5HRJ4.js');
    expect(buildOfWorker(`https://console.example/${url}`)).toBe('main-IVU5HRJ4.js');
    expect(buildOfWorker('https://console.example/sw.js')).toBeNull();
  });

  it("passes only the console's own worker to the Trusted Types policy", () => {
    expect(isWorkerUrl(workerUrl('main-IVU5HRJ4.js'))).toBeTrue();
    expect(isWorkerUrl('https://evil.example/sw.js?build=main-IVU5HRJ4.js')).toBeFalse();
    expect(isWorkerUrl('sw.js?build=main-IVU5HRJ4.js&x=1')).toBeFalse();
    expect(isWorkerUrl('other.js?build=main-IVU5HRJ4.js')).toBeFalse();
  });

  it('finds the build the page runs, and none on a development server', () => {
    const doc = document.implementation.createHTMLDocument('build');
    expect(runningBuild(doc)).toBeNull();
    const script = doc.createElement('script');
    script.type = 'module';
    script.setAttribute('src', 'main-IVU5HRJ4.js');
    doc.body.append(script);
    expect(runningBuild(doc)).toBe('main-IVU5HRJ4.js');
  });
});
