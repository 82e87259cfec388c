// psf-apply's loader for host pages: an external module, so it runs under a
// strict Content Security Policy (script-src 'self' 'wasm-unsafe-eval').
//
//   <link rel="stylesheet" href="https://apply.example/main.css">
//   <div id="apply" data-psf-apply data-program="community-partner"
//        data-endpoint="/api/applications"></div>
//   <script type="module" src="https://apply.example/embed.js"></script>
//
// Starting the wasm mounts a widget into every [data-psf-apply] element.
// Hosts that mount later or from code: `import { mount } from '…/embed.js';
// await mount(element, { program: 'meetup-pro', endpoint: '…' })`.
import init, { mount as mountNow } from './psf-apply.js';

// Tells the app it is a widget library here: with no [data-psf-apply]
// element on the page it waits for mount() instead of taking over the body.
globalThis.__psfApplyEmbed = true;
// The catalogues of the languages other than English sit beside this file.
globalThis.__psfApplyBase = new URL('./', import.meta.url).href;

// Every widget is drawn by the app, which lives in a module of its own
// (src/ui/entry.rs, scripts/bin/wasm-bindgen): fetch it beside the main one.
{
  const link = document.createElement('link');
  Object.assign(link, {
    rel: 'preload',
    as: 'fetch',
    crossOrigin: 'anonymous',
    href: new URL('./psf-apply_app.wasm', import.meta.url).href,
  });
  document.head.append(link);
}

/** Resolves once the app is loaded (and the page's widgets are mounted). */
export const ready = init({ module_or_path: new URL('./psf-apply_bg.wasm', import.meta.url) });

/**
 * Mounts a widget into `element`. `config` takes the same keys as the data
 * attributes, in camelCase: program, mode, prefill (an object), lang, endpoint,
 * headers, credentials, timeoutMs, retries, storagePrefix, scrollOffset.
 */
export async function mount(element, config = {}) {
  await ready;
  mountNow(element, config);
}
