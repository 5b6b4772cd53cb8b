// On narrow screens, the menu and the search filters fold away behind their own button (a <details> summary); on
// wide ones they stay open. Without this script they simply stay open everywhere, so nothing depends on it. It runs
// as soon as the header is parsed, so a phone never shows the open menu first, and again once the page is read.
// A link to something inside a folded part (the results' 筛选 link) unfolds it.
(() => {
  const narrow = window.matchMedia('(max-width: 760px)');
  const fit = () => {
    for (const details of document.querySelectorAll('details[data-fold-narrow]')) {
      details.open = !narrow.matches;
    }
  };
  fit();
  document.addEventListener('DOMContentLoaded', fit);
  narrow.addEventListener('change', fit);
  document.addEventListener('click', event => {
    const link = event.target.closest?.('a[href*="#"]');
    const here = link && link.pathname === location.pathname && link.search === location.search;
    const folded = here && document.getElementById(link.hash.slice(1))?.closest('details');
    if (folded) {
      folded.open = true;
    }
  });
})();
