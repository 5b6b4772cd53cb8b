// Draws each <figure data-chart> from the table inside it with Apache ECharts (served from this host, so the CSP
// holds), and offers the drawing as PNG and SVG. The table is the source and stays on the page for screen readers,
// copying and people without JavaScript; the chart is hidden from assistive technology. A drawn figure gets
// data-drawn, which the browser tests wait for.
(() => {
  const palette = ['#0b3d91', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'];
  const font = '"PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif';
  const html = text => echarts.format.encodeHTML(String(text));
  const number = value => value === '' || value === undefined ? null : Number(value);
  // The page's words for the charts (ChartScripts: #chart-words), and {0}-style templates filled and escaped.
  const words = document.getElementById('chart-words')?.dataset ?? {};
  const fill = (template, ...values) => html((template ?? '').replace(/\{(\d)\}/g, (_, i) => values[Number(i)] ?? ''));

  // The table as { columns, rows: [{ label, href, region, values }] }.
  const read = table => ({
    columns: [...table.tHead.rows[0].cells].slice(1).map(cell => cell.dataset.series ?? cell.textContent.trim()),
    rows: [...table.tBodies[0].rows].map(row => ({
      label: row.cells[0].textContent.trim(),
      href: row.dataset.href ?? row.cells[0].querySelector('a')?.getAttribute('href'),
      region: row.dataset.region,
      mapValue: number(row.dataset.mapValue),
      values: [...row.cells].slice(1).map(cell => number(cell.dataset.value)),
    })),
  });

  const base = { animation: false, color: palette, textStyle: { fontFamily: font, fontSize: 14 }, tooltip: {} };
  const legend = columns => columns.length > 1 ? { legend: { top: 0, textStyle: { fontSize: 14 } } } : {};

  const series = (data, type, extra = {}) => data.columns.map((name, i) => ({
    name, type, data: data.rows.map(row => row.values[i]), ...extra,
  }));

  const options = {
    columns: data => ({
      ...base, ...legend(data.columns),
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: data.columns.length > 1 ? 40 : 16, bottom: 32 },
      xAxis: { type: 'category', data: data.rows.map(row => row.label) },
      yAxis: { type: 'value', minInterval: 1 },
      series: series(data, 'bar', { barMaxWidth: 32 }),
    }),
    bars: data => ({
      ...base, ...legend(data.columns),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: data.columns.length > 1 ? 40 : 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: data.rows.map(row => row.label), axisLabel: { width: 180, overflow: 'truncate' } },
      series: series(data, 'bar', { barMaxWidth: 18 }),
    }),
    // Columns after the label: count, min, lower quartile, median, upper quartile, max.
    spread: data => ({
      ...base,
      tooltip: {
        trigger: 'item',
        formatter: p => [html(p.name), fill(words.spreadCases, data.rows[p.dataIndex].values[0]), fill(words.spreadMedian, p.value[3], p.value[2], p.value[4]),
          fill(words.spreadRange, p.value[1], p.value[5])].join('<br>'),
      },
      grid: { left: 8, right: 24, top: 8, bottom: 32, containLabel: true },
      xAxis: { type: 'value', name: '%', axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', inverse: true, data: data.rows.map(row => row.label), axisLabel: { width: 220, overflow: 'truncate' } },
      series: [{ type: 'boxplot', data: data.rows.map(row => row.values.slice(1)), itemStyle: { color: '#c6d8f5', borderColor: '#0b3d91' } }],
    }),
    funnel: data => ({
      ...base,
      tooltip: { trigger: 'item', formatter: p => `${html(p.name)}${html(words.colon)}${p.value}` },
      series: [{
        type: 'funnel', sort: 'none', left: '4%', width: '56%', minSize: '4%', gap: 2,
        label: { position: 'right', formatter: `{b}${words.colon}{c}`, color: '#1f2933', fontSize: 14 },
        labelLine: { lineStyle: { color: '#8a99ab' } },
        data: data.rows.map(row => ({ name: row.label, value: row.values[0] })),
      }],
    }),
    // Rows carry their region's name on the map (data-region) and the number it is coloured by (data-map-value).
    map: (data, figure) => {
      const max = Math.max(1, ...data.rows.map(row => row.mapValue ?? 0));
      return {
        ...base,
        tooltip: {
          trigger: 'item',
          formatter: p => {
            const row = data.rows.find(r => r.region === p.name);
            return row ? `${html(row.label)}<br>${data.columns.map((c, i) => `${html(c)} ${row.values[i] ?? 0}`).join('<br>')}` : html(p.name);
          },
        },
        // The colour key needs room beside the map: on a phone the table above says the numbers.
        visualMap: {
          show: figure.clientWidth >= 480, min: 0, max, left: 8, bottom: 8, calculable: false, text: [`${max}`, '0'], itemHeight: 96,
          inRange: { color: ['#dce8fa', '#8fb1e8', '#4f7fd0', '#0b3d91'] }, textStyle: { fontSize: 13 },
        },
        series: [{
          type: 'map', map: 'china', name: figure.dataset.measure, roam: false, selectedMode: false,
          top: 8, bottom: 8,
          itemStyle: { areaColor: '#eef2f6', borderColor: '#8a99ab', borderWidth: 0.6 },
          emphasis: { itemStyle: { areaColor: '#e69f00' }, label: { show: true } },
          label: { show: false },
          data: data.rows.filter(row => row.region).map(row => ({ name: row.region, value: row.mapValue ?? 0 })),
        }],
      };
    },
  };

  const save = (figure, href, extension) => {
    const link = document.createElement('a');
    link.href = href;
    link.download = `${figure.dataset.fileName ?? 'chart'}.${extension}`;
    document.body.append(link);
    link.click();
    link.remove();
  };

  const offerDownloads = (figure, chart, option, canvas) => {
    const bar = figure.querySelector('.chart-downloads');
    if (!bar) {
      return;
    }

    const png = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button', textContent: words.png });
    png.addEventListener('click', () => save(figure, chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), 'png'));
    const svg = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button', textContent: words.svg });
    svg.addEventListener('click', () => {
      const copy = echarts.init(null, null, { renderer: 'svg', ssr: true, width: canvas.clientWidth, height: canvas.clientHeight });
      copy.setOption({ ...option, backgroundColor: '#fff' });
      const url = URL.createObjectURL(new Blob([copy.renderToSVGString()], { type: 'image/svg+xml' }));
      copy.dispose();
      save(figure, url, 'svg');
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    });
    bar.prepend(png, svg);
  };

  const draw = figure => {
    const table = figure.querySelector('table');
    const canvas = figure.querySelector('.chart-canvas');
    const make = options[figure.dataset.chart];
    if (!table || !canvas || !make || !table.tBodies[0]?.rows.length) {
      return;
    }

    const data = read(table);
    if (['bars', 'spread'].includes(figure.dataset.chart)) {
      canvas.style.height = `${Math.max(200, data.rows.length * (data.columns.length > 1 && figure.dataset.chart === 'bars' ? 40 : 30) + 72)}px`;
    }

    const chart = echarts.init(canvas, null, { renderer: 'canvas' });
    const option = make(data, figure);
    chart.on('finished', () => { figure.dataset.drawn = 'true'; });
    chart.on('click', p => {
      const row = data.rows.find(r => r.region === p.name || r.label === p.name);
      if (row?.href) {
        location.href = row.href;
      }
    });
    chart.setOption(option);
    new ResizeObserver(() => chart.resize()).observe(canvas);
    offerDownloads(figure, chart, option, canvas);
  };

  const start = () => document.querySelectorAll('figure[data-chart]').forEach(draw);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
