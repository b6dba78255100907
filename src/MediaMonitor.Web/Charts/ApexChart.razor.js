import { saveBlob, saveUrl } from '../js/save-file.js';

// ApexCharts behind the ApexChart component: one chart per host element, kept here (no globals, no ids).
// ApexCharts ships as a UMD script; it is loaded once, on the first chart, with its Arabic locale.

const charts = new WeakMap();
let library;
let fontCss;

function loadLibrary() {
  library ??= (async () => {
    if (!window.ApexCharts) {
      await new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = new URL('lib/apexcharts/apexcharts.min.js', document.baseURI).href;
        script.onload = resolve;
        script.onerror = () => reject(new Error('apexcharts.min.js could not be loaded'));
        document.head.appendChild(script);
      });
    }
    const response = await fetch(new URL('lib/apexcharts/locales/ar.json', document.baseURI));
    return { ApexCharts: window.ApexCharts, arabic: await response.json() };
  })();
  return library;
}

// The font faces the charts use, as data URLs: an SVG drawn as an image (PNG export) or opened on its own
// (SVG export) cannot reach the page's web fonts, and without them Arabic falls back to whatever the viewer has.
function loadFontCss() {
  fontCss ??= (async () => {
    const faces = [
      ['arabic', 400], ['latin', 400], ['arabic', 600], ['latin', 600],
    ];
    const rules = await Promise.all(faces.map(async ([subset, weight]) => {
      const url = new URL(`fonts/noto-sans-arabic/files/noto-sans-arabic-${subset}-${weight}-normal.woff2`, document.baseURI);
      const response = await fetch(url);
      if (!response.ok) {
        return '';
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      }
      return `@font-face{font-family:'Noto Sans Arabic';font-style:normal;font-weight:${weight};` +
        `src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2');}`;
    }));
    return rules.join('');
  })();
  return fontCss;
}

function withBehaviour(options, settings, dotnet, arabic) {
  const name = settings.exportName || 'chart';
  options.chart.locales = [arabic];
  options.chart.defaultLocale = 'ar';
  options.chart.toolbar = {
    show: true,
    tools: {
      download: false, selection: false, zoom: false, zoomin: false, zoomout: false, pan: false, reset: false,
      customIcons: [
        { icon: '<span>PNG</span>', title: 'تحميل بصيغة PNG', class: 'mm-export mm-export-png', index: 0, click: (chart) => downloadPng(chart, name) },
        { icon: '<span>SVG</span>', title: 'تحميل بصيغة SVG', class: 'mm-export mm-export-svg', index: 1, click: (chart) => downloadSvg(chart, name) },
        { icon: '<span>CSV</span>', title: 'تحميل البيانات بصيغة CSV', class: 'mm-export mm-export-csv', index: 2, click: () => downloadCsv(dotnet, name) },
      ],
    },
  };
  if (settings.clickable) {
    const report = (seriesIndex, dataPointIndex) => {
      if (dataPointIndex >= 0) {
        dotnet.invokeMethodAsync('PointClickedAsync', seriesIndex, dataPointIndex);
      }
    };
    const type = options.chart.type;
    // Lines and areas share one tooltip per day: a click anywhere on the plot picks the day under the pointer.
    options.chart.events = type === 'line' || type === 'area'
      ? { click: (e, ctx, { seriesIndex, dataPointIndex }) => report(Math.max(seriesIndex, 0), dataPointIndex) }
      : { dataPointSelection: (e, ctx, { seriesIndex, dataPointIndex }) => report(seriesIndex, dataPointIndex) };
  }
  return options;
}

export async function create(host, options, settings, dotnet) {
  const { ApexCharts, arabic } = await loadLibrary();
  const entry = { settings, dotnet, arabic, chart: null };
  charts.set(host, entry);
  entry.chart = new ApexCharts(host, withBehaviour(options, settings, dotnet, arabic));
  await entry.chart.render();
}

export async function update(host, options, recreate) {
  const entry = charts.get(host);
  if (!entry) {
    return;
  }
  const full = withBehaviour(options, entry.settings, entry.dotnet, entry.arabic);
  if (recreate) {
    entry.chart.destroy();
    entry.chart = new window.ApexCharts(host, full);
    await entry.chart.render();
  } else {
    await entry.chart.updateOptions(full, true, false);
  }
}

export function destroy(host) {
  const entry = charts.get(host);
  if (entry) {
    entry.chart.destroy();
    charts.delete(host);
  }
}

async function svgString(chart) {
  const [svg, css] = await Promise.all([chart.exports.getSvgString(1), loadFontCss()]);
  // The font faces go first inside the root element, so that the foreignObject's HTML finds them.
  return svg.replace(/<svg([^>]*)>/, `<svg$1><style type="text/css">${css}</style>`);
}

// Probes below the chart, one per embedded face: they show ink only once that face has loaded inside the image.
const probes = [['م', 400], ['م', 600], ['0', 400], ['0', 600]];
const probeStrip = 24;

function probeMarkup(height) {
  return probes.map(([glyph, weight], i) =>
    `<text x="${4 + i * 20}" y="${height + 18}" font-family="Noto Sans Arabic" font-weight="${weight}" font-size="16" fill="#000">${glyph}</text>`).join('');
}

function probesInked(context, height, scale) {
  return probes.every((_, i) => {
    const pixels = context.getImageData((4 + i * 20) * scale, height * scale, 16 * scale, probeStrip * scale).data;
    for (let p = 3; p < pixels.length; p += 4) {
      if (pixels[p] > 0) {
        return true;
      }
    }
    return false;
  });
}

function decoded(source) {
  const image = new Image();
  image.src = source;
  return image.decode().then(() => image);
}

async function pngDataUrl(chart) {
  const w = chart.w.globals.svgWidth;
  const h = chart.w.globals.svgHeight;
  const scale = 2;
  const [inner, css] = await Promise.all([chart.exports.getSvgString(1), loadFontCss()]);
  // Fonts inside an SVG image load after the image itself: draw it again until the probes show every face.
  const outer = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h + probeStrip}">` +
    `<style type="text/css">${css}</style>${inner.replace(/^\s*<svg/, `<svg x="0" y="0"`)}${probeMarkup(h)}</svg>`;
  const source = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(outer);
  const scratch = document.createElement('canvas');
  scratch.width = w * scale;
  scratch.height = (h + probeStrip) * scale;
  const scratchContext = scratch.getContext('2d', { willReadFrequently: true });
  let image = await decoded(source);
  for (let attempt = 0; attempt < 60; attempt++) {
    scratchContext.clearRect(0, 0, scratch.width, scratch.height);
    scratchContext.drawImage(image, 0, 0, scratch.width, scratch.height);
    if (probesInked(scratchContext, h, scale)) {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    image = await decoded(source);
  }
  const canvas = document.createElement('canvas');
  canvas.width = w * scale;
  canvas.height = h * scale;
  const context = canvas.getContext('2d');
  context.fillStyle = chart.w.config.theme.mode === 'dark' ? '#1e1e2d' : '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(scratch, 0, 0, canvas.width, canvas.height, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}

async function downloadPng(chart, name) {
  saveUrl(await pngDataUrl(chart), `${name}.png`);
}

async function downloadSvg(chart, name) {
  saveBlob(new Blob([await svgString(chart)], { type: 'image/svg+xml;charset=utf-8' }), `${name}.svg`);
}

async function downloadCsv(dotnet, name) {
  const bytes = await dotnet.invokeMethodAsync('CsvFile');
  saveBlob(new Blob([bytes], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
}

// The PNG's bytes; Blazor streams a typed array back to .NET.
export async function png(host) {
  const entry = charts.get(host);
  if (!entry) {
    return null;
  }
  const binary = atob((await pngDataUrl(entry.chart)).split(',')[1]);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  return bytes;
}

export async function svg(host) {
  const entry = charts.get(host);
  return entry ? svgString(entry.chart) : null;
}

// What the chart currently draws, for tests: the categories (or labels) and the series values.
export function drawn(host) {
  const entry = charts.get(host);
  if (!entry) {
    return null;
  }
  const config = entry.chart.w.config;
  // Bar and line charts with tickPlacement 'on' move their categories into globals.categoryLabels.
  const categories = config.xaxis.categories?.length ? config.xaxis.categories : (entry.chart.w.globals.categoryLabels ?? []);
  return { categories, labels: config.labels ?? [], series: config.series };
}
