/* Shows only the chosen area's parks (and those with no recorded area); without it, all are listed. */
(() => {
  const area = document.querySelector('[data-park-filter-area]');
  const parks = document.querySelector('[data-park-filter-parks]');
  if (!area || !parks) return;
  const filter = () => {
    for (const group of parks.querySelectorAll('optgroup')) {
      const hide =
        area.value !== '' && group.dataset.area !== '' && group.dataset.area !== area.value;
      group.hidden = hide;
      // A hidden group's options must not stay reachable from the keyboard either.
      group.disabled = hide;
    }
    const chosen = parks.selectedOptions[0];
    if (chosen?.parentElement?.disabled) parks.value = '';
  };
  area.addEventListener('change', filter);
  filter();
})();
