import { describe, expect, it } from 'vitest';
import { processBody } from './pipeline';

/** The problems a body raises, as `line:column reason`. */
async function problems(raw: string, format: 'md' | 'mdx' = 'md'): Promise<string[]> {
  const result = await processBody({ raw, format, sourceFilePath: `docs/x.${format}` });
  return result.problems.map((p) => `${p.line}:${p.column} ${p.reason}`);
}

describe('the content allowlist', () => {
  it('accepts what Markdown makes: tables, task lists, footnotes, callouts, code with a language', async () => {
    const body =
      'A note[^1].\n\n[^1]: The note.\n\n- [x] done\n- [ ] to do\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\nTIP: A tip.\n\n```yaml\nx: 1\n```\n';
    expect(await problems(body)).toEqual([]);
  });

  it('accepts the raw HTML prometheus.io pages use', async () => {
    const body = [
      '<code class="text-nowrap">--web.listen-address</code> <sup>1</sup> <br> <b>bold</b> <center>centred</center>',
      '',
      '<a name="old-anchor"></a><a id="config" href="https://example.com/">x</a>',
      '',
      '<img src="/assets/cncf-logo.svg" alt="CNCF logo" style="width: 50%; margin-top: 20px;" class="mantine-dark-hidden no-markdown-image-styles">',
      '',
      '<iframe width="560" height="315" src="https://www.youtube.com/embed/abc_123-X" title="A talk" frameborder="0" allowfullscreen></iframe>',
      '',
      '<video playsinline muted autoplay loop controls width="640" height="360"><source src="/assets/demo.mp4" type="video/mp4"></video>',
      '',
      '<p lang="en" dir="ltr">Tweet text</p><ul><li>in a list</li></ul>',
    ].join('\n');
    expect(await problems(body)).toEqual([]);
  });

  it('reports every element, attribute and class it would remove, with its position and what to do', async () => {
    expect(await problems('Text\n\n<div class="mantine-dark-hidden hero" style="color:red" onclick="x()">y</div>\n')).toEqual([
      '3:1 The class value "hero" on <div> is not allowed: allowed classes: mantine-dark-hidden, mantine-light-hidden',
      '3:1 The attribute style="color:red" on <div> is not allowed: the site’s theme styles content; images may set sizes only (width, height, max-width, max-height, margin in px, %, em or rem)',
      '3:1 The attribute onclick="x()" on <div> is not allowed: content cannot run code',
    ]);
    expect(await problems('<svg><style>&lt;img src=x onerror=alert(1)&gt;</style></svg>')).toEqual([
      '1:1 <svg> is not allowed in content: save the drawing as an .svg file under public/assets/ and use ![alt](/assets/….svg)',
    ]);
    expect(await problems('<td>loose cell</td>')).toEqual(['1:1 <td> is only allowed inside <table>']);
    expect(await problems('<input type="password">')).toEqual([
      '1:1 The attribute type="password" on <input> is not allowed: allowed values: checkbox',
    ]);
  });

  it('keeps a pasted tweet as a quote (its data-lang too), and says to delete its widget script', async () => {
    const quote =
      '<blockquote class="twitter-tweet tw-align-center"><p lang="en" dir="ltr">Range queries keep their series.</p>&mdash; Someone (@someone) <a href="https://twitter.com/someone/status/1">February 18, 2021</a></blockquote>';
    expect(await problems(`Intro.\n\n${quote}\n`)).toEqual([]);
    const pasted = `Intro.\n\n${quote.replace('<blockquote class="twitter-tweet tw-align-center">', '<blockquote class="twitter-tweet" data-lang="en">')}\n<script async src="//platform.twitter.com/widgets.js" charset="utf-8"></script>\n`;
    expect(await problems(pasted)).toEqual([
      '4:1 <script src="…/widgets.js"> (Twitter’s embed script) is not allowed in content: delete the <script> line; the tweet shows as a quote with its link, and the site runs no third-party scripts',
    ]);
    expect(await problems('<script src="https://platform.twitter.com/widgets.js"></script>', 'mdx')).toEqual([
      '1:1 <script src="…/widgets.js"> (Twitter’s embed script) is not allowed in content: delete the <script> line; the tweet shows as a quote with its link, and the site runs no third-party scripts',
    ]);
    expect(await problems('<script src="https://evil.example/platform.twitter.com/widgets.js"></script>')).toEqual([
      '1:1 <script> is not allowed in content: content cannot run code; show code in a ``` block',
    ]);
    expect((await problems('<p data-lang="en">x</p>'))[0]).toMatch(/^1:1 The attribute data-lang="en" on <p> is not allowed/);
    expect(await problems('<blockquote class="twitter-timeline">x</blockquote>')).toEqual([
      '1:1 The class value "twitter-timeline" on <blockquote> is not allowed: allowed classes: mantine-dark-hidden, mantine-light-hidden, twitter-tweet, tw-align-center',
    ]);
  });

  it('keeps iframes to the documented players, over https', async () => {
    expect(await problems('<iframe src="https://www.youtube-nocookie.com/embed/x1" title="Talk"></iframe>')).toEqual([]);
    for (const src of [
      'https://evil.example/embed/x',
      'http://www.youtube.com/embed/x',
      'https://www.youtube.com/watch?v=x',
      'https://www.youtube.com/embed/../../evil',
    ]) {
      expect((await problems(`<iframe src="${src}" title="Talk"></iframe>`))[0]).toMatch(
        /^1:1 The attribute src=.* on <iframe> is not allowed: players from/,
      );
    }
    expect(await problems('<iframe src="https://www.youtube.com/embed/x1"></iframe>')).toEqual([
      '1:1 An iframe without a title: say what it shows, e.g. title="PromCon talk: Prometheus 3.0"',
    ]);
  });

  it('loads media over https only, which the Content-Security-Policy allows (an http: image would be blocked on the page)', async () => {
    expect(await problems('<img src="https://example.com/a.png" alt="A" width="10" height="10">')).toEqual([]);
    expect((await problems('<img src="http://example.com/a.png" alt="A">'))[0]).toMatch(
      /^1:1 The attribute src="http:\/\/example.com\/a.png" on <img> is not allowed: use an https: URL or a path/,
    );
    expect((await problems('<video controls poster="http://example.com/p.png"><source src="/v.mp4"></video>'))[0]).toMatch(
      /^1:1 The attribute poster=.* on <video> is not allowed: use an https: URL or a path/,
    );
    expect((await problems('![A](http://example.com/a.png)'))[0]).toMatch(
      /^1:1 The attribute src=.* on <img> is not allowed: use an https: URL or a path/,
    );
  });

  it('refuses ids the page layout uses, from HTML and from headings', async () => {
    expect(await problems('## Main\n\n<span id="docs-nav">x</span> <span id="mantine-r1">y</span>')).toEqual([
      '1:1 The id "main" is one the page layout uses: rename the heading or the id',
      '3:1 The id "docs-nav" is one the page layout uses: rename the heading or the id',
      '3:30 The id "mantine-r1" is one the page layout uses: rename the heading or the id',
    ]);
  });
});

describe('MDX through the allowlist', () => {
  it('turns JSX into elements the allowlist checks like HTML, fragments included', async () => {
    expect(await problems('<Callout type="tip">Hi <kbd>Ctrl</kbd></Callout>\n\n<><img src="/a.png" alt="A" /></>', 'mdx')).toEqual([]);
    expect(
      await problems('<><img src="/a.png" alt="A" onError="x()" /></>\n\n<Tabs />\n\n<Callout type="danger">x</Callout>', 'mdx'),
    ).toEqual([
      '1:3 The attribute onerror="x()" on <img> is not allowed: content cannot run code',
      '3:1 <Tabs> is not a component the site provides: MDX content may use <Callout type="…">',
      '5:1 The attribute type="danger" on <Callout> is not allowed: allowed values: note, tip, important, warning, caution',
    ]);
  });

  it('reports a string style or dangerouslySetInnerHTML instead of throwing while rendering', async () => {
    expect(await problems('<div style="color: red" dangerouslySetInnerHTML="<b>x</b>">y</div>', 'mdx')).toEqual([
      '1:1 The attribute style="color: red" on <div> is not allowed: the site’s theme styles content; images may set sizes only (width, height, max-width, max-height, margin in px, %, em or rem)',
      '1:1 The attribute dangerouslySetInnerHTML="<b>x</b>" on <div> is not allowed: allowed on <div>: id, title, lang, dir, class',
    ]);
  });
});
