(() => {
  const endpoint = location.pathname.replace(/\/explorer\/?$/, "");
  const tenant = endpoint.split("/")[2];
  const $ = (id) => document.getElementById(id);
  $("tenant").textContent = tenant;
  $("home").href = `/t/${tenant}/`;

  fetch(`${endpoint}/schema.graphql`)
    .then((r) => r.text())
    .then((sdl) => { $("schema").textContent = sdl; })
    .catch(() => { $("schema").textContent = "接口文档加载失败。"; });

  async function run() {
    let variables;
    try {
      variables = JSON.parse($("variables").value || "{}");
    } catch {
      $("status").textContent = "变量不是有效的 JSON。";
      return;
    }
    $("status").textContent = "执行中…";
    const started = performance.now();
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/graphql-response+json" },
      body: JSON.stringify({ query: $("query").value, variables }),
    });
    const text = await response.text();
    try {
      $("result").textContent = JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      $("result").textContent = text;
    }
    $("status").textContent = `HTTP ${response.status} · ${Math.round(performance.now() - started)} ms`;
  }

  $("run").addEventListener("click", run);
  $("query").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  });
})();
