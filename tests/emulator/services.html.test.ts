/**
 * HtmlService. Looked up: Google's HtmlOutput reference (setTitle/getTitle, setWidth/
 * setHeight, append, getContent, setSandboxMode — IFRAME is the only mode left,
 * setXFrameOptionsMode, addMetaTag) and createHtmlOutputFromFile (live error "No HTML file
 * named X was found."). Templates with scriptlets are not emulated.
 */
import { run, serviceWorld } from './servicesHarness';

const files = { Sidebar: '<h1>Register</h1>' };

describe('HtmlService', () => {
  test('createHtmlOutput: content, append, title, size', () => {
    run(serviceWorld(), (g) => {
      const out = g.HtmlService.createHtmlOutput('<p>a</p>')
        .append('<p>b</p>')
        .setTitle('Register')
        .setWidth(300)
        .setHeight(200);
      expect(out.getContent()).toBe('<p>a</p><p>b</p>');
      expect(out.getTitle()).toBe('Register');
      expect(out.getWidth()).toBe(300);
      expect(out.getHeight()).toBe(200);
    });
  });

  test('sandbox mode, X-Frame options and meta tags are accepted', () => {
    run(serviceWorld(), (g) => {
      const H = g.HtmlService;
      const out = H.createHtmlOutput('')
        .setSandboxMode(H.SandboxMode.IFRAME)
        .setXFrameOptionsMode(H.XFrameOptionsMode.ALLOWALL)
        .addMetaTag('viewport', 'width=device-width');
      expect(out.getMetaTags().map((m) => [m.getName(), m.getContent()])).toEqual([
        ['viewport', 'width=device-width'],
      ]);
    });
  });

  test('createHtmlOutputFromFile reads the shipped HTML files, with or without .html', () => {
    run(
      serviceWorld(),
      (g) => {
        expect(g.HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe(files.Sidebar);
        expect(g.HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe(
          files.Sidebar,
        );
      },
      { files },
    );
  });

  test("a missing HTML file throws Apps Script's message", () => {
    expect(() =>
      run(serviceWorld(), (g) => g.HtmlService.createHtmlOutputFromFile('Nope'), { files }),
    ).toThrow('No HTML file named Nope was found.');
  });

  test('a template without scriptlets evaluates; scriptlets are not emulated', () => {
    run(
      serviceWorld(),
      (g) => {
        expect(g.HtmlService.createTemplate('<b>x</b>').evaluate().getContent()).toBe('<b>x</b>');
        expect(() => g.HtmlService.createTemplate('<?= name ?>').evaluate()).toThrow(
          'not emulated',
        );
        expect(g.HtmlService.createTemplateFromFile('Sidebar').evaluate().getContent()).toBe(
          files.Sidebar,
        );
      },
      { files },
    );
  });
});
