// Suggestions while typing in a search box (input[data-suggest]): the best few published titles for what has been
// typed, from GraphQL searchSuggestions, offered through the box's <datalist>. A convenience only: the search
// form works the same without it.
const query = 'query($p: String!) { searchSuggestions(prefix: $p, first: 8) { title } }';

for (const input of document.querySelectorAll('input[data-suggest]')) {
  const list = document.getElementById(input.getAttribute('list'));
  let timer;
  let asked = '';
  const suggest = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const prefix = input.value.trim();
      if (prefix.length === 0 || prefix === asked) {
        return;
      }

      asked = prefix;
      const url = `${input.dataset.suggest}?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ p: prefix }))}`;
      try {
        const response = await fetch(url, { headers: { Accept: 'application/json' } });
        const body = await response.json();
        if (input.value.trim() === prefix) {
          const titles = [...new Set((body.data?.searchSuggestions ?? []).map(s => s.title))];
          list.replaceChildren(...titles.map(title => Object.assign(document.createElement('option'), { value: title })));
        }
      } catch {
        // No suggestions this time; searching still works.
      }
    }, 150);
  };
  input.addEventListener('input', suggest);
  // Words typed before this script ran are answered too; the mark tells anyone watching that the box now suggests.
  suggest();
  input.dataset.suggesting = 'true';
}
