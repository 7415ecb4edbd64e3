/* The "Print" button: shown only when this script runs, since printing needs it. */
(() => {
  const button = document.getElementById('print-button');
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', () => window.print());
})();
