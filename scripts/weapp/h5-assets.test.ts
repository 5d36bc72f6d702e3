import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { findFirstRouteAssets } from './h5-assets';

const scratchDirs: string[] = [];

function scratch(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

/** The shape Taro 4's webpack build gives the entry: page list, route table, chunk hash maps. */
const ENTRY = [
  'var config={"pages":["pages/home/index","pages/login/index"]};',
  'var routes=[{"path":"pages/home/index","load":function load(a,u){',
  'return[Promise.all([s.e(373),s.e(57)]).then(s.bind(s,1)),a,u]}},',
  '{"path":"pages/login/index","load":function load(a,u){',
  'return[Promise.all([s.e(373),s.e(665)]).then(s.bind(s,2)),a,u]}}];',
  's.u=function(a){return"js/"+(373===a?"pages-common":a)+"."+',
  '{"57":"aaaa1111","373":"bbbb2222","665":"cccc3333"}[a]+".js"};',
  's.miniCssF=function(a){return"css/"+(373===a?"pages-common":a)+"."+',
  '{"57":"dddd4444"}[a]+".css"};',
].join('');

function writeH5(): string {
  const root = scratch('h5-assets-');
  const files: Record<string, string> = {
    'index.html': [
      '<html><head><script defer src="/js/vendor.1.js"></script>',
      '<script defer src="/js/app.2.js"></script><script src="https://cdn.example/x.js"></script>',
      '<link href="/css/app.3.css" rel="stylesheet"></head></html>',
    ].join(''),
    'js/vendor.1.js': 'var vendor;',
    'js/app.2.js': ENTRY,
    'js/57.aaaa1111.js': 'home',
    'js/pages-common.bbbb2222.js': 'common',
    'js/665.cccc3333.js': 'login',
    'css/app.3.css': 'body{}',
    'css/57.dddd4444.css': '.home{}',
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

it('finds what index.html loads and the chunks of the first page only', () => {
  const assets = findFirstRouteAssets(writeH5());

  expect(assets.js.firstPage).toBe('pages/home/index');
  expect(assets.js.fromIndexHtml).toEqual(['js/vendor.1.js', 'js/app.2.js']);
  expect(assets.js.fromFirstPage).toEqual(['js/pages-common.bbbb2222.js', 'js/57.aaaa1111.js']);
  expect(assets.css.fromIndexHtml).toEqual(['css/app.3.css']);
  expect(assets.css.fromFirstPage).toEqual(['css/57.dddd4444.css']);
});
