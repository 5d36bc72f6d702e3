import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Files the browser fetches before the first page shows, relative to the h5 root. */
export interface FirstRouteAssets {
  fromIndexHtml: string[];
  firstPage: string | null;
  fromFirstPage: string[];
}

function localAssets(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)]
    .map((match) => match[1] ?? '')
    .filter((url) => url !== '' && !/^(https?:)?\/\//.test(url))
    .map((url) => url.replace(/^\.?\//, '').replace(/[?#].*$/, ''));
}

/** webpack's runtime maps chunk ids to content hashes: `"js/"+...+{"57":"252a9f19"}[a]+".js"`. */
function chunkHashes(runtime: string, kind: 'js' | 'css'): Record<string, string> {
  const pattern = new RegExp(
    `"${kind}/"\\+.{0,200}?\\+"\\."\\+(\\{[^}]*\\})\\[\\w+\\]\\+"\\.${kind}"`,
  );
  const found = runtime.match(pattern)?.[1];
  if (!found) return {};

  const parsed: unknown = JSON.parse(found);
  return parsed !== null && typeof parsed === 'object'
    ? Object.fromEntries(Object.entries(parsed))
    : {};
}

function chunkFiles(h5Dir: string, runtime: string, ids: string[], kind: 'js' | 'css'): string[] {
  const dir = path.join(h5Dir, kind);
  if (!existsSync(dir)) return [];

  const names = readdirSync(dir);
  const hashes = chunkHashes(runtime, kind);
  return ids.flatMap((id) => {
    const hash = hashes[id];
    const byHash = hash ? names.find((name) => name.endsWith(`.${hash}.${kind}`)) : undefined;
    const byId = names.find((name) => name.startsWith(`${id}.`) && name.endsWith(`.${kind}`));
    const name = byHash ?? (hash ? byId : undefined);
    return name ? [`${kind}/${name}`] : [];
  });
}

/**
 * What loading the app's first page costs: the scripts and stylesheets index.html names, then
 * the chunks Taro's router loads for the first page (found in the entry's route table).
 */
export function findFirstRouteAssets(h5Dir: string): {
  js: FirstRouteAssets;
  css: FirstRouteAssets;
} {
  const html = readFileSync(path.join(h5Dir, 'index.html'), 'utf8');
  const scripts = localAssets(html, /<script[^>]*\ssrc="([^"]+)"/g);
  const styles = localAssets(html, /<link[^>]*\shref="([^"]+\.css[^"]*)"/g);
  const runtime = scripts.map((file) => readFileSync(path.join(h5Dir, file), 'utf8')).join('\n');

  const firstPage = runtime.match(/"pages":\["([^"]+)"/)?.[1] ?? null;
  const route = firstPage
    ? runtime.split(`"path":"${firstPage}"`)[1]?.split('.then(')[0]
    : undefined;
  const ids = route ? [...route.matchAll(/\.e\((\d+)\)/g)].map((match) => match[1] ?? '') : [];

  return {
    js: { fromIndexHtml: scripts, firstPage, fromFirstPage: chunkFiles(h5Dir, runtime, ids, 'js') },
    css: {
      fromIndexHtml: styles,
      firstPage,
      fromFirstPage: chunkFiles(h5Dir, runtime, ids, 'css'),
    },
  };
}
